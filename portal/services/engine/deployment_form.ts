import { readFile } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import { BadRequestError, type DeployInput } from '#engine'

const FIELDS = new Set(['deployment-name', 'deployment-source', 'enable-duplicate-filtering', 'deploy-changed-only', 'tenant-id', 'deployment-activation-time'])

/** Camunda's multipart deployment form: named fields plus any number of resource files. */
export async function readDeploymentForm(request: HttpContext['request']): Promise<DeployInput> {
  const resources: DeployInput['resources'][number][] = []
  for (const file of Object.values(request.allFiles()).flat()) {
    if (!file.tmpPath) continue
    resources.push({ name: file.clientName, content: await readFile(file.tmpPath) })
  }
  const body = request.body()
  for (const [field, value] of Object.entries(body)) {
    if (!FIELDS.has(field) && typeof value === 'string' && value.includes('<')) resources.push({ name: field, content: value })
  }
  if (resources.length === 0) throw new BadRequestError('No deployment resources contained in the form upload.')
  const flag = (name: string) => String(body[name] ?? '') === 'true'
  return {
    name: String(body['deployment-name'] ?? 'deployment'),
    source: body['deployment-source'] ? String(body['deployment-source']) : null,
    resources,
    // deploy-changed-only implies duplicate filtering (Camunda sets both)
    duplicateFiltering: flag('enable-duplicate-filtering') || flag('deploy-changed-only'),
    changedOnly: flag('deploy-changed-only'),
  }
}
