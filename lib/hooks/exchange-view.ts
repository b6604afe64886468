import { isHttpError } from '../errors/http-errors.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { redactHeaders, redactUrl } from '../log/redact.js';
import { requestIdOf, type HttpResponse } from '../transport/request-options.js';
import type { ExchangeView } from './types.js';

type RawHeaders = Record<string, string | string[] | undefined>;

/** Token headers hashed, the auth plugin's own secret headers (a signature) hashed, then the session's exact secrets. */
function safeHeaders(headers: RawHeaders, secretHeaders: readonly string[], known: KnownSecrets | undefined): Record<string, string> {
  const out = redactHeaders(headers, secretHeaders);
  if (known) for (const name of Object.keys(out)) out[name] = known.redact(out[name] ?? '');
  return out;
}

/**
 * The views of a request's attempts: it remembers the headers each attempt was sent with (after auth) and builds
 * the redacted {@link ExchangeView} of the current one from its response or error.
 */
export class AttemptViews {
  readonly #method: string;
  readonly #url: string;
  readonly #known: KnownSecrets | undefined;
  readonly #built: RawHeaders;
  #sent: { headers: RawHeaders; secretHeaders: readonly string[] };
  #attempt = 0;
  #start = Date.now();

  constructor(method: string, url: string, headers: RawHeaders, known: KnownSecrets | undefined) {
    this.#method = method;
    this.#url = redactUrl(url);
    this.#known = known;
    this.#built = headers;
    this.#sent = { headers, secretHeaders: [] };
  }

  get attempt(): number {
    return this.#attempt;
  }

  /** A new attempt starts now; until auth has run, its view shows the headers as the session built them. */
  begin(attempt: number): void {
    this.#attempt = attempt;
    this.#start = Date.now();
    this.#sent = { headers: this.#built, secretHeaders: [] };
  }

  /** The headers the auth plugin left on the request (called after it signed), and which of them it set. */
  sentWith(headers: RawHeaders, secretHeaders: readonly string[]): void {
    this.#sent = { headers: { ...headers }, secretHeaders };
  }

  /** The current attempt, with the response or the error that ended it. */
  view(outcome?: { response?: HttpResponse; error?: unknown }): ExchangeView {
    const view: ExchangeView = {
      method: this.#method,
      url: this.#url,
      requestHeaders: safeHeaders(this.#sent.headers, this.#sent.secretHeaders, this.#known),
      attempt: this.#attempt,
      elapsed: Date.now() - this.#start,
    };
    const res = outcome?.response;
    const error = outcome?.error;
    const headers = res?.headers ?? (isHttpError(error) ? error.headers : undefined);
    if (res) Object.assign(view, { status: res.status, bytes: res.rawBody.length });
    else if (isHttpError(error)) view.status = error.status;
    if (headers) {
      view.headers = safeHeaders(headers, [], this.#known);
      const requestId = requestIdOf(headers);
      if (requestId) view.requestId = requestId;
    }
    // Frozen: listeners and hooks share one view, and a listener must not change what the next one sees.
    Object.freeze(view.requestHeaders);
    if (view.headers) Object.freeze(view.headers);
    return Object.freeze(view);
  }
}
