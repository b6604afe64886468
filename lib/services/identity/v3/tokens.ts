import { InvalidArgument } from '../../../errors/framework-errors.js';
import { NotFound } from '../../../errors/http-errors.js';
import { expectStatus } from '../../common/ok-codes.js';
import { callOptionsOf, isJsonRecord, type CallOptions, type RequestClient } from '../../common/types.js';
import { InvalidResponse } from '../../../errors/transport-errors.js';
import { redactUrl } from '../../../log/redact.js';

/** The `token` object Keystone answers a validation with. */
export interface TokenBody {
  methods: string[];
  user: { id: string; name: string; domain: { id: string; name: string }; password_expires_at?: string | null };
  audit_ids: string[];
  expires_at: string;
  issued_at: string;
  project?: { id: string; name: string; domain: { id: string; name: string } };
  domain?: { id: string; name: string };
  system?: { all: boolean };
  is_domain?: boolean;
  roles?: { id: string; name: string }[];
  catalog?: {
    id: string; type: string; name?: string;
    endpoints: { id: string; interface: string; region_id: string | null; url: string; region?: string | null }[];
  }[];
  application_credential?: { id: string; name: string; restricted: boolean };
  [key: string]: unknown;
}

export interface ValidateOptions extends CallOptions {
  /** Leave the catalog out of the answer. @default false */
  noCatalog?: boolean;
  /** Also answer for an expired token (within Keystone's window). @default false */
  allowExpired?: boolean;
}

/**
 * /v3/auth/tokens for tokens other than the session's own: validate (GET), check (HEAD), revoke
 * (DELETE). The token travels in `X-Subject-Token`, which the curl log hashes like `X-Auth-Token`.
 */
export class TokensManager {
  readonly client: RequestClient;

  constructor(client: RequestClient) {
    this.client = client;
  }

  /** The token's body (user, scope, roles, expiry, catalog). An invalid or revoked token → NotFound. */
  async validate(token: string, options: ValidateOptions = {}): Promise<TokenBody> {
    const res = await this.client.get('/auth/tokens', {
      ...callOptionsOf(options),
      headers: { ...options.headers, ...subject(token) },
      query: { ...(options.noCatalog ? { nocatalog: '1' } : {}), ...(options.allowExpired ? { allow_expired: '1' } : {}) },
    });
    expectStatus(res, [200], 'GET');
    if (!isJsonRecord(res.body) || !isJsonRecord(res.body.token)) {
      const url = redactUrl(res.url);
      throw new InvalidResponse(`GET ${url} answered a body without a "token" object`, { method: 'GET', url, status: res.status });
    }
    return res.body.token as unknown as TokenBody;
  }

  /** True when the token is valid (HEAD 200), false when Keystone does not know it or it was revoked (404). */
  async check(token: string, call: CallOptions = {}): Promise<boolean> {
    try {
      const res = await this.client.head('/auth/tokens', { ...callOptionsOf(call), headers: { ...call.headers, ...subject(token) } });
      expectStatus(res, [200, 204], 'HEAD');
      return true;
    } catch (err) {
      if (err instanceof NotFound) return false;
      throw err;
    }
  }

  /** Revoke a token (204); from then on Keystone answers 401 to it and 404 to its validation. */
  async revoke(token: string, call: CallOptions = {}): Promise<void> {
    const res = await this.client.delete('/auth/tokens', { ...callOptionsOf(call), headers: { ...call.headers, ...subject(token) } });
    expectStatus(res, [204, 200], 'DELETE');
  }
}

function subject(token: string): Record<string, string> {
  if (typeof token !== 'string' || token.length === 0) throw new InvalidArgument('token', 'A token to validate, check or revoke must be a non-empty string');
  return { 'X-Subject-Token': token };
}
