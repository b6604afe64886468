import type { FlavorFields } from '../../index.js';
import { FormattedCell } from '../output/model.js';
import { formatDict } from '../output/python-text.js';

/** Nova's swap of 0 is the empty string; the list's Swap column shows it as Nova gives it. */
export const swapOf = (f: FlavorFields): number | '' => f.swap ?? '';

/** extra_specs as osc's DictColumn: `k='v'` in tables, the dict in JSON. */
export function propertiesCell(f: FlavorFields): FormattedCell {
  const specs = f.extra_specs ?? {};
  return new FormattedCell(formatDict(specs), specs);
}

/** rxtx_factor is a float in Nova and openstacksdk: Python prints 1 as `1.0` in tables; JSON keeps the number. */
export function rxtxCell(f: FlavorFields): FormattedCell | null {
  const v = f.rxtx_factor;
  if (typeof v !== 'number') return null;
  return new FormattedCell(Number.isInteger(v) ? v.toFixed(1) : String(v), v);
}

/**
 * openstacksdk's Flavor as `flavor show` / `flavor create` print it (osc's `_get_flavor_columns`): every attribute
 * of the resource, absent ones as null, `extra_specs` as `properties`, links and original_name hidden.
 */
export function flavorRecord(f: FlavorFields): Record<string, unknown> {
  return {
    'OS-FLV-DISABLED:disabled': f['OS-FLV-DISABLED:disabled'] ?? null,
    'OS-FLV-EXT-DATA:ephemeral': f['OS-FLV-EXT-DATA:ephemeral'] ?? null,
    description: f.description ?? null,
    disk: f.disk ?? null,
    id: f.id,
    name: f.name,
    'os-flavor-access:is_public': f['os-flavor-access:is_public'] ?? null,
    properties: propertiesCell(f),
    ram: f.ram ?? null,
    rxtx_factor: rxtxCell(f),
    swap: swapOf(f),
    vcpus: f.vcpus ?? null,
  };
}
