import createDebug from 'debug';
import { escapeControls } from './body-preview.js';
import type { KnownSecrets } from './known-secrets.js';
import { scrubSecrets } from './redact.js';
import { formatCurl, formatResponse, type CurlRequestInfo, type ResponseLogInfo } from './curl.js';

/**
 * The curl-style HTTP log. Callers check `enabled` before building the info objects,
 * so a disabled log costs one property read per request.
 */
export interface HttpLog {
  readonly enabled: boolean;
  /** Logs `REQ: curl -g -i …`. */
  request(info: CurlRequestInfo): void;
  /** Logs `RESP: [status] …`, the headers and `RESP BODY: …`. */
  response(info: ResponseLogInfo): void;
  /** A free-form line, e.g. `Retrying GET … after 503 (attempt 2)`. */
  note(message: string): void;
}

export interface HttpLogOptions {
  /** true: on for this session whatever DEBUG says; otherwise DEBUG=stackclient:* decides. */
  debug?: boolean;
  /** @default 'stackclient:http' */
  namespace?: string;
  /** Where lines go (tests, the CLI). @default the debug instance (stderr) */
  write?: (line: string) => void;
  /** The session's secrets: their exact values are replaced in every line, besides the shape-based redaction. */
  knownSecrets?: KnownSecrets;
}

/**
 * @example
 * const log = createHttpLog({ debug: true });
 * if (log.enabled) log.request({ method: 'GET', url, headers });
 */
export function createHttpLog(options: HttpLogOptions = {}): HttpLog {
  const instance = createDebug(options.namespace ?? 'stackclient:http');
  if (options.debug) instance.enabled = true;
  // '%s' keeps debug from reading format directives ('%o', '%d') inside bodies and URLs.
  const sink = options.write ?? ((line: string) => instance('%s', line));
  const known = options.knownSecrets;
  const write = known ? (line: string) => sink(known.redact(line)) : sink;
  // Bodies: token shapes (a Fernet token the session never held, echoed in a 404) and the session's exact secrets.
  const redactText = (text: string) => scrubSecrets(known ? known.redact(text) : text);
  return {
    get enabled() { return instance.enabled; },
    request(info) {
      if (instance.enabled) write(`REQ: ${formatCurl(info)}`);
    },
    response(info) {
      if (!instance.enabled) return;
      // Server text: header values may hold C1 controls (bytes 0x80-0x9f read as latin1).
      for (const line of formatResponse({ ...info, redactText }).split('\n')) write(escapeControls(line));
    },
    note(message) {
      if (instance.enabled) write(escapeControls(scrubSecrets(message)));
    },
  };
}
