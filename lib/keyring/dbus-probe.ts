import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { decodeMessage, encodeMethodCall, messageLength, MESSAGE_ERROR, type DbusMessage, type MethodCall } from './dbus-wire.js';

/**
 * Asks the session bus, in plain JavaScript, whether a usable Secret Service is there, before any
 * native keyring library touches it: against a bus that accepts and never answers, keytar's call
 * blocks a thread-pool thread (and then process exit), and @napi-rs/keyring's Entry constructor
 * blocks the main thread. This probe is bounded by a deadline and leaves nothing behind.
 */
export type BusProbe =
  | { verdict: 'available' }
  | { verdict: 'unavailable'; reason: string }
  /** An address form we do not speak (tcp, autolaunch, a rejected EXTERNAL auth): let the library try. */
  | { verdict: 'unknown'; reason: string };

const SECRETS = 'org.freedesktop.secrets';
const BUS = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', iface: 'org.freedesktop.DBus' };

/** The unix socket of the session bus, as libdbus/GLib find it; or a reason there is none. */
export function sessionBusSocket(env: NodeJS.ProcessEnv = process.env): { path: string } | { none: string } | { unknown: string } {
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (address === undefined || address === '') {
    const runtime = env.XDG_RUNTIME_DIR;
    if (runtime && existsSync(join(runtime, 'bus'))) return { path: join(runtime, 'bus') };
    if (env.DISPLAY) return { unknown: 'no DBUS_SESSION_BUS_ADDRESS, but X11 autolaunch may start a bus' };
    return { none: 'no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset)' };
  }
  for (const entry of address.split(';')) {
    const [transport, params = ''] = entry.split(/:(.*)/s);
    if (transport !== 'unix') continue;
    const kv = new Map(params.split(',').map((p) => p.split(/=(.*)/s) as [string, string]).map(([k, v]) => [k, decodeURIComponent(v ?? '')]));
    const path = kv.get('path');
    if (path) return { path };
    const abstract = kv.get('abstract');
    if (abstract) return { path: `\0${abstract}` };
  }
  return { unknown: 'the session bus address is not a unix socket' };
}

/** Probes the Secret Service within `timeoutMs`; never rejects. */
export async function probeSecretService(timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<BusProbe> {
  const bus = sessionBusSocket(env);
  if ('none' in bus) return { verdict: 'unavailable', reason: bus.none };
  if ('unknown' in bus) return { verdict: 'unknown', reason: bus.unknown };
  const conn = new BusConnection(bus.path);
  const deadline = new Promise<BusProbe>((resolve) => {
    const timer = setTimeout(() => resolve({ verdict: 'unavailable', reason: `the session bus did not answer within ${timeoutMs} ms` }), timeoutMs);
    conn.closed.finally(() => clearTimeout(timer));
  });
  // Never rejects: a failed call after the deadline must not become an unhandled rejection.
  const asking = askSecretService(conn).catch((err: unknown): BusProbe => err instanceof DbusCallError
    ? { verdict: 'unknown', reason: err.message }
    : { verdict: 'unavailable', reason: err instanceof Error ? err.message : 'the session bus failed' });
  try {
    return await Promise.race([asking, deadline]);
  } finally {
    conn.close();
  }
}

async function askSecretService(conn: BusConnection): Promise<BusProbe> {
  const auth = await conn.authenticate();
  if (auth !== 'ok') return auth === 'rejected' ? { verdict: 'unknown', reason: 'the bus rejected EXTERNAL auth' } : { verdict: 'unavailable', reason: auth };
  await conn.call({ ...BUS, member: 'Hello' });
  const [owned] = (await conn.call({ ...BUS, member: 'NameHasOwner', args: [SECRETS] })).body();
  if (owned !== true) {
    const [names] = (await conn.call({ ...BUS, member: 'ListActivatableNames' })).body();
    return Array.isArray(names) && names.includes(SECRETS)
      ? { verdict: 'available' }
      : { verdict: 'unavailable', reason: 'no Secret Service (org.freedesktop.secrets) on the session bus' };
  }
  const service = { destination: SECRETS, path: '/org/freedesktop/secrets', iface: 'org.freedesktop.Secret.Service' };
  const [collection] = (await conn.call({ ...service, member: 'ReadAlias', args: ['default'] })).body();
  // '/' means no default collection yet: the library creates one on first write.
  if (typeof collection !== 'string' || collection === '/') return { verdict: 'available' };
  const [locked] = (await conn.call({
    destination: SECRETS, path: collection, iface: 'org.freedesktop.DBus.Properties', member: 'Get',
    args: ['org.freedesktop.Secret.Collection', 'Locked'],
  })).body();
  return locked === true
    ? { verdict: 'unavailable', reason: 'the default keyring collection is locked' }
    : { verdict: 'available' };
}

/** The bus or the service answered a call with a D-Bus error. */
class DbusCallError extends Error {}

/** One short-lived connection: SASL EXTERNAL auth, then method calls matched by serial. */
class BusConnection {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  #serial = 0;
  #lineWaiter: ((line: string) => void) | undefined;
  #closed = false;
  readonly #pending = new Map<number, { resolve: (m: DbusMessage) => void; reject: (e: Error) => void }>();
  readonly closed: Promise<void>;

  constructor(path: string) {
    this.#socket = connect(path);
    this.closed = new Promise((resolve) => this.#socket.once('close', () => resolve()));
    this.#socket.on('error', () => undefined); // 'close' follows; callers see it as a failed call
    this.#socket.on('close', () => {
      this.#closed = true;
      this.#lineWaiter?.('CLOSED');
      for (const p of this.#pending.values()) p.reject(new Error('the session bus closed the connection'));
      this.#pending.clear();
    });
    this.#socket.on('data', (chunk: Buffer) => {
      try {
        this.#onData(chunk);
      } catch {
        this.#socket.destroy(); // a malformed message: pending calls fail through 'close'
      }
    });
  }

  async authenticate(): Promise<'ok' | 'rejected' | string> {
    const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
    if (this.#closed) return 'the session bus socket could not be reached';
    const line = new Promise<string>((resolve) => { this.#lineWaiter = resolve; });
    this.#socket.write(`\0AUTH EXTERNAL ${Buffer.from(String(uid)).toString('hex')}\r\n`);
    const answer = await line;
    if (answer.startsWith('OK ')) { this.#socket.write('BEGIN\r\n'); return 'ok'; }
    if (answer.startsWith('REJECTED')) return 'rejected';
    return 'the session bus socket could not be reached';
  }

  async call(call: MethodCall): Promise<DbusMessage> {
    if (this.#closed) throw new Error('the session bus closed the connection');
    const serial = ++this.#serial;
    const reply = new Promise<DbusMessage>((resolve, reject) => this.#pending.set(serial, { resolve, reject }));
    this.#socket.write(encodeMethodCall(serial, call));
    const message = await reply;
    if (message.type === MESSAGE_ERROR) throw new DbusCallError(`D-Bus error ${message.errorName ?? 'unknown'} from ${call.member}`);
    return message;
  }

  close(): void { this.#socket.destroy(); }

  #onData(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    if (this.#lineWaiter) {
      const end = this.#buffer.indexOf('\r\n');
      if (end < 0) return;
      const waiter = this.#lineWaiter;
      this.#lineWaiter = undefined;
      waiter(this.#buffer.toString('ascii', 0, end));
      this.#buffer = this.#buffer.subarray(end + 2);
    }
    for (let length = messageLength(this.#buffer); length !== undefined; length = messageLength(this.#buffer)) {
      const message = decodeMessage(this.#buffer.subarray(0, length));
      this.#buffer = this.#buffer.subarray(length);
      if (message.replySerial === undefined) continue; // signals (NameAcquired)
      this.#pending.get(message.replySerial)?.resolve(message);
      this.#pending.delete(message.replySerial);
    }
  }
}
