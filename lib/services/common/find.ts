import { NoUniqueMatch } from '../../errors/framework-errors.js';
import { NotFound } from '../../errors/http-errors.js';
import type { Resource } from './resource.js';

/** What `find()` matches on: `{ name }`, `{ id }`, or any fields of the record (all must match). */
export type FindCriteria = Record<string, string | number | boolean | null>;

const SHOWN_IDS = 10;

/** True when every criterion equals the record's field (`id` compares through `getId()`); numbers and strings compare as text. */
export function matchesCriteria(resource: Resource<any>, criteria: FindCriteria): boolean {
  const info = resource.toJSON() as Record<string, unknown>;
  for (const [key, wanted] of Object.entries(criteria)) {
    const actual = key === 'id' ? resource.getId() : info[key];
    if (wanted === null || actual === null || actual === undefined) {
      if (actual !== wanted && !(wanted === null && actual === undefined)) return false;
      continue;
    }
    if (typeof actual === 'object') return false;
    if (String(actual) !== String(wanted)) return false;
  }
  return true;
}

export function describeCriteria(criteria: FindCriteria): string {
  const parts = Object.entries(criteria).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return parts.length > 0 ? parts.join(', ') : 'no criteria';
}

/** NoUniqueMatch naming the candidates' ids, so the caller can pick one. */
export function noUniqueMatch(resourceName: string, criteria: FindCriteria, matches: Resource<any>[]): NoUniqueMatch {
  const ids = matches.slice(0, SHOWN_IDS).map((m) => m.getId() ?? '(no id)');
  const more = matches.length > SHOWN_IDS ? ` and ${matches.length - SHOWN_IDS} more` : '';
  return new NoUniqueMatch(
    `${matches.length} ${resourceName}s match ${describeCriteria(criteria)} (ids: ${ids.join(', ')}${more}); use an id to pick one`,
  );
}

/** NotFound (HTTP 404 class, so callers catch one type) for a search that matched nothing. */
export function notFound(resourceName: string, what: string, url: string): NotFound {
  const message = `No ${resourceName} found with ${what}; check the name or id, or list the ${resourceName}s to see what exists`;
  return new NotFound({ status: 404, method: 'GET', url, serverMessage: message }, message);
}
