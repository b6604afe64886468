/**
 * Official service types and their historical aliases, from the OpenStack service-types authority
 * (https://service-types.openstack.org/service-types.json, source: openstack/service-types-authority
 * `service-types.yaml`). Aliases are listed in the authority's order of preference.
 * Types without aliases (identity, compute, image, network, object-store, database, key-manager,
 * load-balancer, orchestration, placement, dns, ...) need no entry: they match only themselves.
 */
const aliasesByOfficialType: Readonly<Record<string, readonly string[]>> = {
  'block-storage': ['volumev3', 'volumev2', 'volume', 'block-store'],
  'shared-file-system': ['sharev2', 'share'],
  'clustering': ['resource-cluster', 'cluster'],
  'baremetal': ['bare-metal'],
  'resource-optimization': ['infra-optim'],
  'message': ['messaging'],
  'container-infrastructure-management': ['container-infrastructure', 'container-infra'],
  'workflow': ['workflowv2'],
  'operator-policy': ['policy'],
  'alarm': ['alarming'],
  'meter': ['metering', 'telemetry'],
  'event': ['events'],
  'application-deployment': ['application_deployment'],
  'multi-region-network-automation': ['tricircle'],
  'application-container': ['container'],
  'root-cause-analysis': ['rca'],
  'monitoring-logging': ['monitoring-log-api'],
  'instance-ha': ['ha'],
  'admin-logic': ['registration'],
};

const officialByAlias: ReadonlyMap<string, string> = new Map(
  Object.entries(aliasesByOfficialType).flatMap(([official, aliases]) => aliases.map((a) => [a, official] as const)),
);

/** The official type for a type or alias: `volumev3` → `block-storage`; unknown types are returned as given. */
export function officialServiceType(type: string): string {
  return officialByAlias.get(type) ?? type;
}

/**
 * Whether a catalog entry of type `found` serves a request for `requested`, by os-service-types' `is_match`:
 * the same type; or `found` is official and `requested` one of its aliases; or `requested` is the official
 * type of the alias `found`. An alias never matches another alias (`volumev2` does not match `volumev3`):
 * the old aliases carry API versions that cannot be reasoned about automatically.
 */
export function isServiceTypeMatch(requested: string, found: string): boolean {
  if (requested === found) return true;
  if (aliasesByOfficialType[found]?.includes(requested)) return true;
  return officialByAlias.get(found) === requested;
}

/**
 * The catalog types that may answer a request for `type`, in keystoneauth1's order of preference: the
 * requested type, then the official type and its aliases in the authority's order, keeping only those that
 * match (`isServiceTypeMatch`).
 * `serviceTypeCandidates('block-storage')` → `['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store']`;
 * `serviceTypeCandidates('volumev2')` → `['volumev2', 'block-storage']`.
 */
export function serviceTypeCandidates(type: string): string[] {
  const official = officialServiceType(type);
  const all = [type, official, ...(aliasesByOfficialType[official] ?? [])];
  return [...new Set(all)].filter((found) => isServiceTypeMatch(type, found));
}

/** True when two types name the same service (`block-storage` and `volumev2`), for overrides keyed by type. */
export function sameServiceType(a: string, b: string): boolean {
  return officialServiceType(a) === officialServiceType(b);
}
