import { EndpointNotFound } from '../errors/framework-errors.js';

// Keystone's catalog templates: `$(name)s` (keystone's templated catalog) and `%(name)s` (python % formatting).
const templatePattern = /[$%]\((project_id|tenant_id)\)s/g;

/** True when the URL still holds a project template. */
export function hasProjectTemplate(url: string): boolean {
  return /[$%]\((project_id|tenant_id)\)s/.test(url);
}

/**
 * Fill `$(project_id)s`, `%(project_id)s`, `$(tenant_id)s` and `%(tenant_id)s` with the token's project id.
 * @throws EndpointNotFound when the URL needs a project id and the token has none (domain, system or unscoped token).
 */
export function fillProjectTemplate(url: string, serviceType: string, projectId: string | undefined): string {
  if (!hasProjectTemplate(url)) return url;
  if (projectId === undefined) {
    throw new EndpointNotFound(
      `Endpoint for service "${serviceType}" needs a project id (its URL is ${url}) but the token is not scoped to a project; `
        + 'scope the authentication to a project',
    );
  }
  return url.replace(templatePattern, encodeURIComponent(projectId));
}
