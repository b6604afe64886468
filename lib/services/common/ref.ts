import { InvalidArgument } from '../../errors/framework-errors.js';

/** Something that names a record: its id, or a resource / object carrying one. Every manager takes it where a record is named. */
export type Ref = string | number | { getId(): string | undefined } | { id: string | number };

/** The id in a Ref, checked; `what` names the argument in the error (e.g. `servers.get`). */
export function idOf(ref: Ref, what: string): string {
  let id: string | undefined;
  if (typeof ref === 'string' || typeof ref === 'number') id = String(ref);
  else if (typeof (ref as { getId?: unknown }).getId === 'function') id = (ref as { getId(): string | undefined }).getId();
  else if (typeof ref === 'object' && ref !== null && 'id' in ref) id = String(ref.id);
  if (id === undefined || id.length === 0) throw new InvalidArgument(what, `${what} needs an id (a non-empty string or a record with an id)`);
  return id;
}

/** One path segment, encoded (names may hold `/`, `@` and `%`). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}
