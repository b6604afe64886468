import type { ComputeV2Client, ServerNetwork } from '../../index.js';
import { CliUsageError, CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { imageNames } from './server-names.js';

/** A repeatable option's values, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** True when microversion `version` is `wanted` or later. */
export function atLeast(version: string, wanted: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = wanted.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/** osc's refusal (a CommandError, exit 1) of an option the compute microversion in use does not carry; otherwise the value. */
export function needsMicroversion<T>(compute: ComputeV2Client, min: string, option: string, value: T): T {
  if (atLeast(compute.microversion, min)) return value;
  throw new CommandFailed(`--os-compute-api-version ${min} or greater is required to support the ${option} option`);
}

/** osc's KeyValueAction: `key=value`, the value may hold further `=`. */
export function parseProperty(kv: string): [string, string] {
  const at = kv.indexOf('=');
  if (at <= 0) throw new CliUsageError(`--property "${kv}" is not key=value`);
  return [kv.slice(0, at), kv.slice(at + 1)];
}

/** osc's NICAction: `auto`, `none`, or `net-id=…,port-id=…,v4-fixed-ip=…,v6-fixed-ip=…,tag=…`. */
export function parseNic(spec: string): ServerNetwork | 'auto' | 'none' {
  if (spec === 'auto' || spec === 'none') return spec;
  const form = "argument must be of form 'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'";
  const info: Record<string, string> = {};
  for (const kv of spec.split(',')) {
    const at = kv.indexOf('=');
    const [k, v] = at < 0 ? [kv, ''] : [kv.slice(0, at), kv.slice(at + 1)];
    if (!['net-id', 'port-id', 'v4-fixed-ip', 'v6-fixed-ip', 'tag'].includes(k) || !v) throw new CliUsageError(`Invalid argument ${spec}; ${form}`);
    info[k] = v;
  }
  if (info['net-id'] && info['port-id']) throw new CliUsageError(`Invalid argument ${spec}; either network or port should be specified but not both`);
  const tag = info.tag ? { tag: info.tag } : {};
  if (info['port-id']) return { port: info['port-id'], ...tag };
  if (!info['net-id']) throw new CliUsageError(`Invalid argument ${spec}; ${form}`);
  const fixed = info['v4-fixed-ip'] ?? info['v6-fixed-ip'];
  return { uuid: info['net-id'], ...(fixed ? { fixed_ip: fixed } : {}), ...tag };
}

/** An image given by name is resolved through Glance when the cloud has it; otherwise it is taken as an id. */
export async function imageIdOf(cli: CliRuntime, image: string): Promise<string> {
  for (const [id, name] of await imageNames(cli)) if (name === image) return id;
  return image;
}
