import type { ComputeV2Client, ServerFields } from '../../index.js';
import type { CliRuntime } from '../runtime.js';
import type { NameLookup } from './server-view.js';

type Json = Record<string, unknown>;

/**
 * Image and flavor names for a set of servers. Images are looked up only when the catalog has an image
 * service (python-openstackclient 6 fails without one); any failure of a lookup leaves ids in place.
 */
export async function lookupNames(cli: CliRuntime, compute: ComputeV2Client, servers: ServerFields[]): Promise<NameLookup> {
  const needImages = servers.some((s) => s.image && s.image.id);
  const needFlavors = servers.some((s) => s.flavor?.id !== undefined);
  const [images, flavors] = await Promise.all([
    needImages ? imageNames(cli) : new Map<string, string>(),
    needFlavors ? flavorNames(compute) : new Map<string, string>(),
  ]);
  return { image: (id) => images.get(id), flavor: (id) => flavors.get(id) };
}

async function flavorNames(compute: ComputeV2Client): Promise<Map<string, string>> {
  try {
    const flavors = await compute.flavors.list({ isPublic: 'all' });
    return new Map(flavors.map((f) => [String(f.id), f.name]));
  } catch {
    return new Map();
  }
}

/** Image id → name from Glance v2, or nothing when the cloud has no image service. */
export async function imageNames(cli: CliRuntime): Promise<Map<string, string>> {
  const endpoint = await imageEndpoint(cli);
  if (!endpoint) return new Map();
  try {
    const glance = await cli.client('image');
    const res = await glance.get(/\/v2(\.\d+)?\/?$/.test(endpoint) ? 'images' : 'v2/images', { query: { limit: 1000 } });
    const images = ((res.body as Json).images ?? []) as Json[];
    return new Map(images.map((i) => [String(i.id), String(i.name ?? '')]));
  } catch {
    return new Map();
  }
}

/** The image service's endpoint, or undefined when the catalog has none. */
export async function imageEndpoint(cli: CliRuntime): Promise<string | undefined> {
  const { http } = await cli.session();
  await http.authenticate();
  const image = await cli.client('image');
  try {
    return await http.endpointFor(image);
  } catch {
    return undefined;
  }
}
