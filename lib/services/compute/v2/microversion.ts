import { UnsupportedVersion } from '../../../errors/framework-errors.js';
import { InvalidArgument } from '../../../errors/framework-errors.js';

/** The microversions this client knows (Nova 2.1 … 2.96). */
export const MIN_MICROVERSION = '2.1';
/** The highest compute microversion this client knows. */
export const MAX_MICROVERSION = '2.96';

/** A microversion as [major, minor]. */
export type Microversion = readonly [number, number];

/** '2.79' → [2, 79]; undefined for anything else. */
export function parseMicroversion(value: string): Microversion | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(value.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compareMicroversions(a: Microversion, b: Microversion): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

export function formatMicroversion(v: Microversion): string {
  return `${v[0]}.${v[1]}`;
}

/** True when `version` is at least `min` ('2.45' vs '2.37'). */
export function atLeast(version: string, min: string): boolean {
  const a = parseMicroversion(version);
  const b = parseMicroversion(min);
  return a !== undefined && b !== undefined && compareMicroversions(a, b) >= 0;
}

/** Check the `microversion` option: 'latest' or 2.1 … 2.96. */
export function checkMicroversionOption(value: string): string {
  if (value === 'latest') return value;
  const v = parseMicroversion(value);
  if (!v) throw new InvalidArgument('microversion', `Compute microversion "${value}" is not of the form 2.X; use e.g. 2.79, or 'latest'`);
  const min = parseMicroversion(MIN_MICROVERSION)!;
  const max = parseMicroversion(MAX_MICROVERSION)!;
  if (compareMicroversions(v, min) < 0 || compareMicroversions(v, max) > 0) {
    throw new UnsupportedVersion(
      `Compute microversion ${value} is outside what this client knows (${MIN_MICROVERSION} to ${MAX_MICROVERSION}); pick one in that range or 'latest'`,
      [MIN_MICROVERSION, MAX_MICROVERSION],
    );
  }
  return formatMicroversion(v);
}

/** The supported range a version document announces; `max` undefined when the API has no microversions. */
export interface MicroversionRange {
  min: string;
  max?: string;
}

/**
 * The microversion to use: `wanted` when the server's range holds it, the highest both sides know for
 * 'latest'; UnsupportedVersion naming the server's range otherwise.
 */
export function pickMicroversion(wanted: string, range: MicroversionRange): string {
  const clientMax = parseMicroversion(MAX_MICROVERSION)!;
  const serverMax = range.max ? parseMicroversion(range.max) : undefined;
  const serverMin = parseMicroversion(range.min) ?? parseMicroversion(MIN_MICROVERSION)!;
  if (!serverMax) {
    if (wanted === 'latest' || wanted === MIN_MICROVERSION) return MIN_MICROVERSION;
    throw new UnsupportedVersion(
      `Compute microversion ${wanted} cannot be used: the server announces no microversions (a legacy v2.0 endpoint); use 2.1`,
      [MIN_MICROVERSION],
    );
  }
  if (wanted === 'latest') {
    const best = compareMicroversions(serverMax, clientMax) < 0 ? serverMax : clientMax;
    if (compareMicroversions(best, serverMin) < 0) {
      throw new UnsupportedVersion(
        `The server supports compute microversions ${range.min} to ${range.max}, none of which this client (up to ${MAX_MICROVERSION}) knows`,
        [range.min, range.max ?? range.min],
      );
    }
    return formatMicroversion(best);
  }
  const v = parseMicroversion(wanted)!;
  if (compareMicroversions(v, serverMin) < 0 || compareMicroversions(v, serverMax) > 0) {
    throw new UnsupportedVersion(
      `The server does not support compute microversion ${wanted}: it supports ${range.min} to ${range.max}; ` +
      `pick one in that range or 'latest'`,
      [range.min, formatMicroversion(serverMax)],
    );
  }
  return wanted;
}
