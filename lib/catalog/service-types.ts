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
 * Every type a catalog entry may carry for the requested type, in order of preference:
 * the requested type first, then the official type, then the aliases in the authority's order.
 * `serviceTypeCandidates('volume')` → `['volume', 'block-storage', 'volumev3', 'volumev2', 'block-store']`.
 */
export function serviceTypeCandidates(type: string): string[] {
  const official = officialServiceType(type);
  const all = [official, ...(aliasesByOfficialType[official] ?? [])];
  return [type, ...all.filter((t) => t !== type)];
}

/** True when two types name the same service (`block-storage` and `volumev2`). */
export function sameServiceType(a: string, b: string): boolean {
  return officialServiceType(a) === officialServiceType(b);
}
