import { InvalidResponse } from '../errors/transport-errors.js';

/** Where a raw catalog came from, for the error message when it has the wrong shape. */
export interface CatalogSource {
  method: string;
  url: string;
}

export function catalogShapeError(what: string, version: 'v3' | 'v2.0', source: CatalogSource | undefined): InvalidResponse {
  const method = source?.method ?? 'POST';
  const url = source?.url ?? '(token response)';
  return new InvalidResponse(
    `The service catalog in the answer to ${method} ${url} is not in the identity ${version} shape: ${what}; `
      + 'check that the auth URL points at Keystone (or a compatible identity service)',
    { method, url },
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
