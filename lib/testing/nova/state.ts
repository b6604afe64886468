import { randomUUID } from 'node:crypto';

/** A server's state as the fake keeps it; views.ts turns it into Nova's JSON. */
export interface FakeServer {
  id: string;
  name: string;
  flavorId: string;
  imageId: string;
  keyName: string | null;
  metadata: Record<string, string>;
  description: string | null;
  tags: string[];
  availabilityZone: string;
  tenantId?: string;
  userId?: string;
  createdMs: number;
  updatedMs: number;
  status: string;
  vmState: string;
  taskState: string | null;
  powerState: number;
  fixedIp: string;
  transition?: Transition;
  fault?: { code: number; message: string; details: string; created: string };
  /** The flavor to go back to while in VERIFY_RESIZE. */
  previousFlavorId?: string;
  /** Flavor to take when the current transition ends (a resize). */
  nextFlavorId?: string;
}

/** What a server becomes when its transition ends. */
export interface Settled {
  status: string;
  vmState: string;
  powerState: number;
}

interface Transition {
  startedMs: number;
  untilMs: number;
  final: Settled;
  fault?: { code: number; message: string; details: string };
}

export const ACTIVE: Settled = { status: 'ACTIVE', vmState: 'active', powerState: 1 };
export const SHUTOFF: Settled = { status: 'SHUTOFF', vmState: 'stopped', powerState: 4 };
/** nova/compute/power_state.py: PAUSED = 3, SUSPENDED = 7. */
export const PAUSED: Settled = { status: 'PAUSED', vmState: 'paused', powerState: 3 };
export const SUSPENDED: Settled = { status: 'SUSPENDED', vmState: 'suspended', powerState: 7 };
export const VERIFY_RESIZE: Settled = { status: 'VERIFY_RESIZE', vmState: 'resized', powerState: 1 };

export interface FakeKeypair {
  name: string;
  userId: string;
  publicKey: string;
  fingerprint: string;
  type: string;
  createdMs: number;
  id: number;
}

export interface FakeServerGroup {
  id: string;
  name: string;
  policy: string;
  rules: Record<string, number>;
  members: string[];
  projectId: string;
  userId: string;
}

export interface FakeFlavor {
  id: string;
  name: string;
  ram: number;
  vcpus: number;
  disk: number;
  ephemeral: number;
  swap: number;
  isPublic: boolean;
  description: string | null;
  extraSpecs: Record<string, string>;
}

/** Flavors 1–7 of nova's doc/api_samples/flavors (v2.75). */
export function sampleFlavors(): FakeFlavor[] {
  const f = (
    id: string, name: string, ram: number, vcpus: number, disk: number, extra: Record<string, string> = {}, description: string | null = null,
  ): FakeFlavor =>
    ({ id, name, ram, vcpus, disk, ephemeral: 0, swap: 0, isPublic: true, description, extraSpecs: extra });
  return [
    f('1', 'm1.tiny', 512, 1, 1),
    f('2', 'm1.small', 2048, 1, 20),
    f('3', 'm1.medium', 4096, 2, 40),
    f('4', 'm1.large', 8192, 4, 80),
    f('5', 'm1.xlarge', 16384, 8, 160),
    f('6', 'm1.tiny.specs', 512, 1, 1, { 'hw:numa_nodes': '1' }),
    f('7', 'm1.small.description', 2048, 1, 20, { 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' }, 'test description'),
  ];
}

/** Everything one fake Nova holds. Maps keep insertion order, which is the listing order. */
export class NovaStore {
  readonly servers = new Map<string, FakeServer>();
  readonly flavors = new Map<string, FakeFlavor>(sampleFlavors().map((f) => [f.id, f]));
  readonly keypairs = new Map<string, FakeKeypair>();
  readonly serverGroups = new Map<string, FakeServerGroup>();
  /** Flavor id → the projects a private flavor is shared with. */
  readonly flavorAccess = new Map<string, string[]>();
  #nextIp = 3;
  #nextKeypairId = 1;

  newServerId(): string {
    return randomUUID();
  }

  nextFixedIp(): string {
    const n = this.#nextIp++;
    return `192.168.${Math.floor(n / 250)}.${(n % 250) + 2}`;
  }

  nextKeypairId(): number {
    return this.#nextKeypairId++;
  }

  keypairKey(userId: string, name: string): string {
    return `${userId}\u0000${name}`;
  }
}

/** Start a transition: `during` now, `final` (or ERROR with `fault`) once `ms` have passed on the fake clock. */
export function begin(
  server: FakeServer, now: number, ms: number,
  during: { status: string; taskState: string | null; vmState?: string }, final: Settled,
  fault?: { code: number; message: string; details: string },
): void {
  server.status = during.status;
  server.taskState = during.taskState;
  if (during.vmState) server.vmState = during.vmState;
  server.updatedMs = now;
  server.transition = { startedMs: now, untilMs: now + ms, final, ...(fault ? { fault } : {}) };
  if (ms <= 0) settle(server, now);
}

/** Apply a transition whose time has come. Call before every read of a server. */
export function settle(server: FakeServer, now: number): void {
  const t = server.transition;
  if (!t || now < t.untilMs) return;
  server.transition = undefined;
  server.taskState = null;
  server.updatedMs = t.untilMs;
  if (t.fault) {
    server.status = 'ERROR';
    server.vmState = 'error';
    server.powerState = 0;
    server.fault = { ...t.fault, created: new Date(t.untilMs).toISOString().replace(/\.\d{3}Z$/, 'Z') };
    return;
  }
  server.status = t.final.status;
  server.vmState = t.final.vmState;
  server.powerState = t.final.powerState;
  if (server.nextFlavorId) {
    server.flavorId = server.nextFlavorId;
    server.nextFlavorId = undefined;
  }
}

/** 0–99 while a transition runs (how far along it is), else 0 as in nova's samples. */
export function progressOf(server: FakeServer, now: number): number {
  const t = server.transition;
  if (!t) return 0;
  const span = Math.max(1, t.untilMs - t.startedMs);
  return Math.min(99, Math.floor(((now - t.startedMs) / span) * 100));
}
