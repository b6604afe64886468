/**
 * Just enough of the D-Bus wire format (https://dbus.freedesktop.org/doc/dbus-specification.html,
 * "Message Protocol") to make a few method calls with string arguments and read simple replies.
 * Alignment is relative to the start of the message.
 */

export interface MethodCall {
  path: string;
  iface: string;
  member: string;
  destination: string;
  /** String arguments only (signature `s…`). */
  args?: string[];
}

export interface DbusMessage {
  type: number;
  replySerial?: number;
  errorName?: string;
  signature: string;
  /** Reads the body by its signature: `b`, `s`, `o`, `g`, `v` (of those), `as`. */
  body(): unknown[];
}

export const MESSAGE_RETURN = 2;
export const MESSAGE_ERROR = 3;

class Writer {
  readonly bytes: number[] = [];
  align(n: number): void { while (this.bytes.length % n !== 0) this.bytes.push(0); }
  byte(v: number): void { this.bytes.push(v & 0xff); }
  uint32(v: number): void { this.align(4); this.bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff); }
  string(s: string): void { const b = Buffer.from(s, 'utf8'); this.uint32(b.length); this.bytes.push(...b, 0); }
  signature(s: string): void { this.byte(s.length); this.bytes.push(...Buffer.from(s, 'ascii'), 0); }
  patchUint32(at: number, v: number): void { this.bytes.splice(at, 4, v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff); }
}

/** A little-endian METHOD_CALL message. */
export function encodeMethodCall(serial: number, call: MethodCall): Buffer {
  const args = call.args ?? [];
  const body = new Writer();
  for (const arg of args) body.string(arg);

  const w = new Writer();
  w.byte(0x6c); w.byte(1); w.byte(0); w.byte(1); // 'l', METHOD_CALL, no flags, protocol 1
  w.uint32(body.bytes.length);
  w.uint32(serial);
  w.uint32(0); // header fields array length, patched below
  w.align(8);
  const start = w.bytes.length;
  const field = (code: number, sig: string, write: () => void) => { w.align(8); w.byte(code); w.signature(sig); write(); };
  field(1, 'o', () => w.string(call.path));
  field(2, 's', () => w.string(call.iface));
  field(3, 's', () => w.string(call.member));
  field(6, 's', () => w.string(call.destination));
  if (args.length > 0) field(8, 'g', () => w.signature('s'.repeat(args.length)));
  w.patchUint32(12, w.bytes.length - start);
  w.align(8);
  return Buffer.from([...w.bytes, ...body.bytes]);
}

/** The length of the first whole message in `buf`, or undefined when more bytes are needed. */
export function messageLength(buf: Buffer): number | undefined {
  if (buf.length < 16) return undefined;
  const le = buf[0] === 0x6c;
  const bodyLength = le ? buf.readUInt32LE(4) : buf.readUInt32BE(4);
  const fieldsLength = le ? buf.readUInt32LE(12) : buf.readUInt32BE(12);
  const total = align(16 + fieldsLength, 8) + bodyLength;
  return buf.length >= total ? total : undefined;
}

/** Decodes one whole message (as cut by messageLength). Throws RangeError on malformed input. */
export function decodeMessage(msg: Buffer): DbusMessage {
  const r = new Reader(msg, msg[0] === 0x6c);
  const type = msg[1] ?? 0;
  const fieldsEnd = 16 + r.u32At(12);
  r.pos = 16;
  const out: { replySerial?: number; errorName?: string; signature: string } = { signature: '' };
  while (r.pos < fieldsEnd) {
    r.align(8);
    const code = r.byte();
    const value = r.value(r.signature());
    if (code === 5 && typeof value === 'number') out.replySerial = value;
    if (code === 4 && typeof value === 'string') out.errorName = value;
    if (code === 8 && typeof value === 'string') out.signature = value;
  }
  const bodyStart = align(fieldsEnd, 8);
  return {
    type, ...out,
    body: () => {
      r.pos = bodyStart;
      const values: unknown[] = [];
      for (const sig of splitSignature(out.signature)) values.push(r.value(sig));
      return values;
    },
  };
}

function align(n: number, a: number): number { return Math.ceil(n / a) * a; }

/** Top-level types of a signature made of the types we read (`as` is the only container). */
function splitSignature(sig: string): string[] {
  return sig.match(/a?[^a]/g) ?? [];
}

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer, readonly le: boolean) {}
  align(n: number): void { this.pos = align(this.pos, n); }
  byte(): number { const v = this.buf[this.pos++]; if (v === undefined) throw new RangeError('short D-Bus message'); return v; }
  u32At(at: number): number { return this.le ? this.buf.readUInt32LE(at) : this.buf.readUInt32BE(at); }
  u32(): number { this.align(4); const v = this.u32At(this.pos); this.pos += 4; return v; }
  string(): string { const n = this.u32(); const s = this.buf.toString('utf8', this.pos, this.pos + n); this.pos += n + 1; return s; }
  signature(): string { const n = this.byte(); const s = this.buf.toString('ascii', this.pos, this.pos + n); this.pos += n + 1; return s; }
  value(sig: string): unknown {
    switch (sig) {
      case 'y': return this.byte();
      case 'b': return this.u32() !== 0;
      case 'u': return this.u32();
      case 's': case 'o': return this.string();
      case 'g': return this.signature();
      case 'v': return this.value(this.signature());
      case 'as': {
        const length = this.u32();
        this.align(4); // element alignment (string)
        const end = this.pos + length;
        const items: string[] = [];
        while (this.pos < end) items.push(this.string());
        return items;
      }
      default: throw new RangeError(`unsupported D-Bus type ${sig}`);
    }
  }
}
