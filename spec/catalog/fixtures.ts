import { readFileSync } from 'node:fs';

/** The JSON fixtures beside these specs: a real Keystone 22 token body and a documented v2.0 access body. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}
