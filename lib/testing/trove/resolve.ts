import { fail } from './faults.js';
import type { TroveEnv } from './route-kit.js';
import type { DatastoreRecord, DatastoreVersionRecord } from './seed.js';

/** Trove's fallback when a request names no datastore (its `default_datastore` option). */
export const DEFAULT_DATASTORE = 'mysql';

/** A datastore and version by id or name; the datastore's default version when none is named. */
export function resolveDatastore(
  env: TroveEnv,
  type: string | undefined,
  version: string | undefined,
): { datastore: DatastoreRecord; version: DatastoreVersionRecord } {
  const datastore = env.store.datastore(type ?? DEFAULT_DATASTORE);
  if (!datastore) fail(404, `Datastore '${type}' cannot be found.`);
  const wanted = version ?? datastore.defaultVersionId;
  if (wanted === undefined) fail(404, `Default version for datastore '${datastore.name}' not found.`);
  const found = datastore.versions.find((v) => v.id === wanted || v.name === wanted);
  if (!found) fail(404, `Datastore version '${wanted}' cannot be found.`);
  return { datastore, version: found };
}
