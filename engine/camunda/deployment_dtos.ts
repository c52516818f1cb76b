import type { DeploymentRow, ResourceRow } from '../query/repository_queries.js'
import { formatDate } from './dates.js'

/** Camunda's DeploymentDto. */
export function deploymentDto(row: DeploymentRow) {
  return { id: row.id, name: row.name, source: row.source, deploymentTime: formatDate(row.deployed_at), tenantId: null, links: [] }
}

/** Camunda's DeploymentResourceDto. */
export function resourceDto(row: ResourceRow) {
  return { id: row.id, name: row.name, deploymentId: row.deployment_id }
}

const MEDIA_TYPES: [RegExp, string][] = [
  [/\.(bpmn|bpmn20\.xml|cmmn|dmn|xml)$/, 'application/xml'],
  [/\.json$/, 'application/json'],
  [/\.(hbs|handlebars)$/, 'text/x-handlebars-template; charset=utf-8'],
  [/\.html?$/, 'text/html; charset=utf-8'],
  [/\.(txt|md)$/, 'text/plain; charset=utf-8'],
  [/\.svg$/, 'image/svg+xml'],
  [/\.png$/, 'image/png'],
  [/\.jpe?g$/, 'image/jpeg'],
  [/\.gif$/, 'image/gif'],
  [/\.pdf$/, 'application/pdf'],
]

/** The content type a resource's data is served with (Camunda maps by file extension, else octet-stream). */
export function resourceMediaType(name: string): string {
  return MEDIA_TYPES.find(([pattern]) => pattern.test(name.toLowerCase()))?.[1] ?? 'application/octet-stream'
}
