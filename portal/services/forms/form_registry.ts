import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { engineQueriesOn } from '#services/engine/engine'
import { FormNotFoundError } from '#exceptions/forms'
import { taskFieldRules, type FieldRules } from './field_permissions.js'
import type { SchemaNode } from './schema_walk.js'

/** A form schema as deployed: which deployment it came from and its SHA-256 (together, its version). */
export interface DeployedForm {
  readonly formKey: string
  readonly deploymentId: string
  readonly checksum: string
  readonly schema: SchemaNode
}

/** An open user task with the form it shows and the field rules it declares. */
export interface TaskForm extends DeployedForm {
  readonly taskId: string
  readonly taskKey: string
  readonly processInstanceId: string
  readonly processDefinitionId: string
  readonly assignee: string | null
  readonly candidateUsers: readonly string[]
  readonly candidateGroups: readonly string[]
  readonly rules: FieldRules
}

const FORM_KEY = /^zhian:([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/
/** Parsed schemas by resource id: deployed bytes never change. */
const parsed = new Map<string, SchemaNode>()

/** "zhian:project-filing/filing" → the folder (the deployment's name) and the form's file names. */
export function parseFormKey(formKey: string): { folder: string; files: string[] } {
  const match = FORM_KEY.exec(formKey)
  if (!match) throw new FormNotFoundError(formKey)
  return { folder: match[1], files: [`${match[2]}.form.json`, `forms/${match[2]}.form.json`] }
}

function resources(client: QueryClientContract, files: string[]) {
  return client
    .from('engine_resources as r')
    .join('engine_deployments as d', 'd.id', 'r.deployment_id')
    .whereIn('r.name', files)
    .orderBy('d.deployed_at', 'desc')
    .orderBy('d.id', 'desc')
    .select('r.id', 'r.deployment_id', 'r.checksum', 'r.content', 'd.name as deployment_name', 'd.deployed_at')
}

function toDeployedForm(formKey: string, row: { id: string; deployment_id: string; checksum: string; content: Buffer | string }): DeployedForm {
  let schema = parsed.get(row.id)
  if (!schema) {
    schema = JSON.parse(Buffer.from(row.content).toString('utf8')) as SchemaNode
    parsed.set(row.id, schema)
  }
  return { formKey, deploymentId: row.deployment_id, checksum: row.checksum, schema }
}

/**
 * Resolves form keys to deployed schemas. The latest version comes from the
 * newest deployment named after the key's folder (any deployment if none
 * is); a task's version from its process definition's deployment, or, when
 * that deployment left the form out (deploy-changed-only), the newest one
 * deployed before it under the same name.
 */
export const formRegistry = {
  async latest(formKey: string, client: QueryClientContract = db.connection()): Promise<DeployedForm> {
    const { folder, files } = parseFormKey(formKey)
    const rows = await resources(client, files).limit(50)
    const row = rows.find((r) => r.deployment_name === folder) ?? rows[0]
    if (!row) throw new FormNotFoundError(formKey)
    return toDeployedForm(formKey, row)
  },

  /** The exact version a record was stored with, found by the schema's checksum. */
  async version(formKey: string, checksum: string, client: QueryClientContract = db.connection()): Promise<DeployedForm> {
    const row = await resources(client, parseFormKey(formKey).files).where('r.checksum', checksum).first()
    if (!row) throw new FormNotFoundError(formKey)
    return toDeployedForm(formKey, row)
  },

  /** The version of a form that goes with a process definition: its own deployment's, or the newest before it under the same name. */
  async forDefinition(definitionId: string, formKey: string, client: QueryClientContract = db.connection()): Promise<DeployedForm> {
    const { files } = parseFormKey(formKey)
    const own = await client.from('engine_process_definitions as p').join('engine_deployments as d', 'd.id', 'p.deployment_id').where('p.id', definitionId).select('d.id', 'd.name', 'd.deployed_at').firstOrFail()
    const row = await resources(client, files)
      .where((q) => q.where('d.id', own.id).orWhere((same) => same.where('d.name', own.name).where('d.deployed_at', '<=', own.deployed_at)))
      .first()
    if (!row) throw new FormNotFoundError(formKey)
    return toDeployedForm(formKey, row)
  },

  async forTask(taskId: string, client: QueryClientContract = db.connection()): Promise<TaskForm> {
    const task = await client.from('engine_tasks').where('id', taskId).first()
    if (!task?.form_key) throw new FormNotFoundError(task ? `任务 ${taskId}` : taskId)
    const form = await formRegistry.forDefinition(task.process_definition_id, task.form_key, client)
    const rules = await taskFieldRules(task.process_definition_id, task.task_definition_key, async () => (await engineQueriesOn(client).definitionXml(task.process_definition_id)).xml)
    return {
      ...form,
      taskId: task.id,
      taskKey: task.task_definition_key,
      processInstanceId: task.process_instance_id,
      processDefinitionId: task.process_definition_id,
      assignee: task.assignee,
      candidateUsers: splitList(task.candidate_users),
      candidateGroups: splitList(task.candidate_groups),
      rules,
    }
  },
}

function splitList(list: string | null): string[] {
  return (list ?? '').split(',').map((s) => s.trim()).filter(Boolean)
}
