import type { Knex } from 'knex'
import { NotFoundError } from '../errors.js'
import { millis } from '../store/rows.js'

/** Camunda's deployment query parameters (GET /deployment). */
export interface DeploymentFilter {
  id?: string
  name?: string
  /** SQL LIKE pattern, `%` as wildcard */
  nameLike?: string
  source?: string
  withoutSource?: boolean
  sortBy?: 'id' | 'name' | 'deploymentTime'
  sortOrder?: 'asc' | 'desc'
  firstResult?: number
  maxResults?: number
}

export interface DeploymentRow {
  id: string
  name: string
  source: string | null
  deployed_at: number
}

export interface ResourceRow {
  id: string
  name: string
  deployment_id: string
}

const SORT_COLUMNS = { id: 'id', name: 'name', deploymentTime: 'deployed_at' } as const

/** Reads of deployments, their resources and definitions (Camunda's RepositoryService queries); never writes. */
export class RepositoryQueries {
  constructor(private knex: Knex) {}

  #filtered(filter: DeploymentFilter) {
    return this.knex('engine_deployments').modify((q) => {
      if (filter.id) q.where('id', filter.id)
      if (filter.name) q.where('name', filter.name)
      if (filter.nameLike) q.where('name', 'like', filter.nameLike)
      if (filter.source) q.where('source', filter.source)
      if (filter.withoutSource) q.whereNull('source')
    })
  }

  async deployments(filter: DeploymentFilter = {}): Promise<DeploymentRow[]> {
    const query = this.#filtered(filter)
      .orderBy(SORT_COLUMNS[filter.sortBy ?? 'deploymentTime'], filter.sortOrder ?? 'asc')
      .orderBy('id')
      .offset(filter.firstResult ?? 0)
    if (filter.maxResults !== undefined) query.limit(filter.maxResults)
    return (await query).map(deploymentTimes)
  }

  async deploymentCount(filter: DeploymentFilter = {}): Promise<number> {
    const row = await this.#filtered(filter).count('* as n').first()
    return Number(row?.n ?? 0)
  }

  async deployment(id: string): Promise<DeploymentRow> {
    const row = await this.knex('engine_deployments').where('id', id).first()
    if (!row) throw new NotFoundError(`Deployment with id '${id}' does not exist`)
    return deploymentTimes(row)
  }

  async resources(deploymentId: string): Promise<ResourceRow[]> {
    const rows = await this.knex('engine_resources').where('deployment_id', deploymentId).orderBy('name').select('id', 'name', 'deployment_id')
    if (rows.length === 0) throw new NotFoundError(`Deployment resources for deployment id '${deploymentId}' do not exist.`)
    return rows
  }

  async resource(deploymentId: string, resourceId: string): Promise<ResourceRow> {
    const row = await this.knex('engine_resources').where({ deployment_id: deploymentId, id: resourceId }).select('id', 'name', 'deployment_id').first()
    if (!row) throw new NotFoundError(`Deployment resource with resource id '${resourceId}' for deployment id '${deploymentId}' does not exist.`)
    return row
  }

  /** The resource's bytes, as deployed. */
  async resourceData(deploymentId: string, resourceId: string): Promise<{ name: string; content: Buffer }> {
    const row = await this.knex('engine_resources').where({ deployment_id: deploymentId, id: resourceId }).select('name', 'content').first()
    if (!row) throw new NotFoundError(`Deployment resource '${resourceId}' for deployment id '${deploymentId}' does not exist.`)
    return { name: row.name, content: Buffer.from(row.content) }
  }

  async definition(id: string) {
    const row = await this.knex('engine_process_definitions').where('id', id).select('id', 'key', 'name', 'version', 'deployment_id', 'resource_name', 'suspended').first()
    if (!row) throw new NotFoundError(`No matching definition with id ${id}`)
    return row
  }
}

function deploymentTimes(row: DeploymentRow): DeploymentRow {
  return { ...row, deployed_at: millis(row.deployed_at)! }
}
