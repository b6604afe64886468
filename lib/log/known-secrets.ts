import { hashSecret } from './redact.js';

/** Secret values an auth plugin holds, for redaction by exact value (see `AuthPlugin.secrets`). */
export interface HeldSecrets {
  /** Passwords, application-credential secrets, secret keys: shown as `***`. */
  secrets?: readonly (string | undefined)[];
  /** Tokens (the current one, the input token of a token plugin): shown as `{SHA256}<hex>`. */
  tokens?: readonly (string | undefined)[];
}

/** Where a registry reads the values it must hide, each time it redacts (an auth plugin). */
export type HeldSecretsSource = () => HeldSecrets | undefined;

/**
 * Tokens remembered after the source stops reporting them (re-authentications replace the current token). More than
 * a plugin reports at once (a token plugin: its input token, three replaced ones and the current one).
 */
const TOKENS_KEPT = 8;
/** Credentials remembered; a plugin holds one or two, so this only bounds a misbehaving source. */
const SECRETS_KEPT = 16;

// The forms an echoed value takes: as is, inside a JSON string, and percent-encoded in a URL or form.
function variants(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const url = encodeURIComponent(value);
  return [...new Set([value, json, url])];
}

/** Adds `value` as the newest entry (dropping the oldest past `max`); false when it was already there. */
function remember(list: string[], value: string, max: number): boolean {
  const at = list.indexOf(value);
  if (at >= 0) {
    list.splice(at, 1);
    list.push(value);
    return false;
  }
  list.push(value);
  if (list.length > max) list.shift();
  return true;
}

/**
 * The secrets a session knows (its plugin's password or secret key, its current and last few tokens, the input
 * token of a token plugin) and the redaction of those exact values from text a server may have echoed them into:
 * a response body in the debug log, an error message, a `serverMessage`. This comes on top of the shape-based
 * rules of redact.ts (secret JSON keys, token headers, Fernet/JWT/PKI patterns), which catch values the session
 * never held.
 *
 * @example
 * const known = new KnownSecrets(() => plugin.secrets?.());
 * known.add('hunter2-long');
 * known.redact('Invalid input for field password: hunter2-long') // 'Invalid input for field password: ***'
 */
export class KnownSecrets {
  readonly #source: HeldSecretsSource | undefined;
  readonly #secrets: string[] = [];
  readonly #tokens: string[] = [];
  /** [value, replacement], longest value first; rebuilt when a value is added. */
  #pairs: [string, string][] | undefined;

  constructor(source?: HeldSecretsSource) {
    this.#source = source;
  }

  /** Remember a value; tokens are hashed when redacted, other secrets become `***`. Empty values are ignored. */
  add(value: string | undefined, kind: 'secret' | 'token' = 'secret'): void {
    if (typeof value !== 'string' || value === '') return;
    const added = kind === 'token' ? remember(this.#tokens, value, TOKENS_KEPT) : remember(this.#secrets, value, SECRETS_KEPT);
    if (added) this.#pairs = undefined;
  }

  /** True when `value` is one of the values this registry hides. */
  has(value: string): boolean {
    this.#pull();
    return this.#secrets.includes(value) || this.#tokens.includes(value);
  }

  /** `text` with every known value (and its JSON-escaped and percent-encoded forms) replaced. */
  redact(text: string): string {
    this.#pull();
    if (text === '') return text;
    let out = text;
    for (const [value, replacement] of this.#replacements()) if (out.includes(value)) out = out.split(value).join(replacement);
    return out;
  }

  #replacements(): [string, string][] {
    if (this.#pairs) return this.#pairs;
    const pairs: [string, string][] = [];
    for (const s of this.#secrets) for (const v of variants(s)) pairs.push([v, '***']);
    for (const t of this.#tokens) {
      const hash = hashSecret(t);
      for (const v of variants(t)) pairs.push([v, hash]);
    }
    // Longest first, so a value that contains another is replaced whole.
    pairs.sort((a, b) => b[0].length - a[0].length);
    this.#pairs = pairs;
    return pairs;
  }

  #pull(): void {
    const held = this.#source?.();
    if (!held) return;
    for (const s of held.secrets ?? []) this.add(s, 'secret');
    for (const t of held.tokens ?? []) this.add(t, 'token');
  }
}
