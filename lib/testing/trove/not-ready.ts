import { fail } from './faults.js';
import type { InstanceRecord } from './state.js';

/**
 * Trove's 422 for an instance that cannot take an action, database, user, backup or configuration call yet.
 * While it builds, the real Trove 18 answers `Instance <id> is not ready.` (checked on a real Trove API whose
 * instances stay in BUILD); in another transition it names the status.
 */
export function mustBeReady(inst: InstanceRecord): void {
  if (inst.status === 'BUILD') fail(422, `Instance ${inst.id} is not ready.`);
  if (inst.status !== 'ACTIVE') {
    fail(422, `Instance is not currently available for an action to be performed (status was ${inst.status}).`);
  }
}
