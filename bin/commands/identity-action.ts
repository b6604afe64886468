import { isHttpError } from '../../lib/errors/http-errors.js';
import { redactUrl } from '../../lib/log/redact.js';
import type { CommandResult } from '../output/model.js';
import { MissingScope } from '../missing-scope.js';
import type { CliRuntime } from '../runtime.js';
import { tokenView } from './identity-token.js';
import { action } from './shared.js';

/** Keystone's 403 names the rule: "You are not authorized to perform the requested action: identity:list_users." */
const RULE = /\b(identity:[a-z_]+)/;

/**
 * `action()` for identity commands: a 403 on an unscoped token becomes MissingScope, which says which scope is
 * missing instead of Keystone's bare "not authorized".
 */
export function identityAction<A extends unknown[]>(cli: CliRuntime, fn: (...args: A) => Promise<CommandResult | void>) {
  return action(cli, async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw await explainForbidden(cli, error);
    }
  });
}

/** MissingScope for a 403 answered to an unscoped token; any other error as it is. */
export async function explainForbidden(cli: CliRuntime, error: unknown): Promise<unknown> {
  if (!isHttpError(error) || error.status !== 403) return error;
  const view = await tokenView((await cli.session()).http).catch(() => undefined);
  if (view?.kind !== 'unscoped') return error;
  const rule = RULE.exec(error.serverMessage ?? error.message)?.[1];
  return new MissingScope(rule, `${error.method} ${redactUrl(error.url)}`, { cause: error });
}
