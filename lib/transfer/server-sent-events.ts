import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { ConnectionError, InvalidResponse, ReadTimeout, RequestAborted } from '../errors/transport-errors.js';
import { redactUrl } from '../log/redact.js';
import { headerValue } from '../transport/request-options.js';
import { callOptions, type TargetRequest, type TransferCallOptions, type TransferTarget } from './target.js';

/** One server-sent event (WHATWG HTML §9.2). */
export interface ServerSentEvent {
  /** The `id:` field of the event, or the last one seen on the stream (the spec's last event ID); undefined before any. */
  id: string | undefined;
  /** The `event:` field. @default 'message' */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The reconnection delay the server last asked for with `retry:`, in ms; undefined if it never did. */
  retry: number | undefined;
}

/** Options of {@link HTTPClient.events}. */
export interface ServerSentEventsOptions extends TransferCallOptions {
  /** Resume after this event: sent as `Last-Event-ID` on the first request. */
  lastEventId?: string;
  /**
   * When the stream ends or breaks, connect again after the server's `retry:` delay (else `delay`), sending the last
   * event ID seen as `Last-Event-ID`. A 204 answer, an HTTP error or an abort ends it. false: the iteration ends with the stream.
   * @default false
   */
  reconnect?: boolean | {
    /** Connections in a row that may end without an event before the iteration gives up. @default Infinity */
    attempts?: number;
    /** ms, when the server never sent `retry:`. @default 3000 */
    delay?: number;
  };
}

/**
 * The events of a `text/event-stream` response, parsed by eventsource-parser as they arrive. Stopping the
 * iteration (break, return, a throw) or aborting the signal closes the connection. A stream silent for longer than
 * the read timeout breaks with ReadTimeout: set `timeout: { read }` above the server's keep-alive interval, or `reconnect`.
 */
export async function* serverSentEvents(
  request: TargetRequest, target: TransferTarget, options: ServerSentEventsOptions = {},
): AsyncGenerator<ServerSentEvent> {
  const reconnect = options.reconnect === true ? {} : options.reconnect || undefined;
  let lastEventId = options.lastEventId;
  let retry: number | undefined;
  let connections = 0;
  for (;;) {
    const headers: Record<string, string> = { Accept: 'text/event-stream', 'Cache-Control': 'no-cache', ...options.headers };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    connections++;
    let body: Readable | undefined;
    let broke: unknown;
    try {
      const res = await request('GET', target, { ...callOptions(options), headers, stream: true });
      body = res.body as Readable;
      if (res.status === 204) return; // the server asks the client not to reconnect
      const type = headerValue(res.headers, 'content-type') ?? '';
      if (!/^text\/event-stream\b/i.test(type)) {
        throw new InvalidResponse(`GET ${redactUrl(res.url)} answered ${type || 'no Content-Type'}, not text/event-stream; check the URL and the Accept header`,
          { method: 'GET', url: redactUrl(res.url), status: res.status });
      }
      const queue: EventSourceMessage[] = [];
      const parser = createParser({ onEvent: (e) => queue.push(e), onRetry: (ms) => { retry = ms; } });
      const decoder = new TextDecoder();
      for await (const chunk of body as AsyncIterable<Buffer>) {
        parser.feed(decoder.decode(chunk, { stream: true }));
        while (queue.length > 0) {
          const e = queue.shift()!;
          if (e.id !== undefined) lastEventId = e.id;
          connections = 0;
          yield { id: lastEventId, event: e.event ?? 'message', data: e.data, retry };
        }
      }
    } catch (error) {
      if (!reconnect || error instanceof RequestAborted || !(error instanceof ConnectionError || error instanceof ReadTimeout)) throw error;
      broke = error;
    } finally {
      body?.destroy();
    }
    if (!reconnect) return;
    if (connections > (reconnect.attempts ?? Infinity)) {
      if (broke) throw broke;
      return;
    }
    await sleep(retry ?? reconnect.delay ?? 3_000, undefined, options.signal ? { signal: options.signal } : {}).catch((cause: unknown) => {
      throw new RequestAborted({ method: 'GET', url: typeof target === 'string' ? redactUrl(target) : target.path ?? '', cause });
    });
  }
}
