import { ClientError, type ClientErrorOptions } from '../lib/errors/client-error.js';

/**
 * A command that needs a scoped token ran on an unscoped one (exit 1). Keystone only answers 403; this says
 * which scope the call wanted and how to ask for it.
 */
export class MissingScope extends ClientError {
  override name = 'MissingScope' as const;
  override readonly code = 'ERR_MISSING_SCOPE' as const;
  /** The Keystone policy rule that refused, when its message named one (`identity:list_users`). */
  readonly rule?: string;

  constructor(rule: string | undefined, request: string, options: ClientErrorOptions = {}) {
    super(
      `${request} was refused (HTTP 403${rule ? `, ${rule}` : ''}): the token is unscoped, and this call needs a project-scoped token `
      + '(or a domain- or system-scoped one for admin calls). Set --os-project-name and --os-project-domain-name '
      + '(or --os-project-id; OS_PROJECT_NAME / OS_PROJECT_ID), or --os-domain-name, or --os-system-scope all.',
      options,
    );
    if (rule) this.rule = rule;
  }
}
