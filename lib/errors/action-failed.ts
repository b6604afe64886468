import { HttpError, type HttpErrorDetails } from './http-errors.js';

/**
 * An action-style API answered with an error in its body (Tencent Cloud: HTTP 200 with
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`; Huawei Cloud: `error_code` / `error_msg` with an
 * `X-Request-Id` header). `serverCode` is the vendor's code (e.g. `AuthFailure.SignatureFailure`), `serverMessage` its
 * message, `requestId` the request id to quote to the vendor's support.
 */
export class ActionFailed extends HttpError {
  override name = 'ActionFailed' as const;
  override readonly code = 'ERR_ACTION_FAILED' as const;
  /** The action called, e.g. `DescribeInstances`. */
  readonly action: string;

  constructor(action: string, details: HttpErrorDetails) {
    const rid = details.requestId ? ` (request id ${details.requestId})` : '';
    super(details, `${action} (${details.method} ${details.url}) failed with ${details.serverCode ?? 'an error'}: `
      + `${details.serverMessage ?? 'no message'}${rid}; check the action's parameters and the credentials' permissions`);
    this.action = action;
  }
}

/** True for an {@link ActionFailed}, even one thrown by another copy of the package. */
export function isActionFailed(value: unknown): value is ActionFailed {
  return value instanceof ActionFailed || (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === 'ERR_ACTION_FAILED');
}
