import type { AuthContext } from '../../lib/auth-plugin.js';
import { authRequest, type AuthAbout } from './auth-call.js';
import type { IssuedToken } from './issued-token.js';
import { parseV2Token } from './v2-response.js';
import { parseV3Token } from './v3-response.js';

/** `POST {identityUrl}/auth/tokens` and the token it returns. */
export async function issueV3Token(ctx: AuthContext, identityUrl: string, body: unknown, about: AuthAbout): Promise<IssuedToken> {
  const url = `${identityUrl}/auth/tokens`;
  ctx.log(`Making authentication request to ${url}`);
  const res = await authRequest(ctx, { method: 'POST', url, json: body }, about);
  return parseV3Token(res, identityUrl);
}

/** `POST {identityUrl}/tokens` (identity v2.0) and the token it returns. */
export async function issueV2Token(ctx: AuthContext, identityUrl: string, body: unknown, about: AuthAbout): Promise<IssuedToken> {
  const url = `${identityUrl}/tokens`;
  ctx.log(`Making authentication request to ${url}`);
  const res = await authRequest(ctx, { method: 'POST', url, json: body }, about);
  return parseV2Token(res, identityUrl);
}
