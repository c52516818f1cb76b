import type { Knex } from 'knex'
import { NotFoundError } from '../errors.js'
import { activityType } from '../model/activity_types.js'
import type { ProcessModel } from '../model/process_model.js'

export interface ActivityInstance {
  id: string
  parentActivityInstanceId: string | null
  activityId: string
  activityType: string
  activityName: string | null
  name: string | null
  processInstanceId: string
  processDefinitionId: string
  executionIds: string[]
  childActivityInstances: ActivityInstance[]
  childTransitionInstances: TransitionInstance[]
  incidentIds: string[]
  incidents: []
}

export interface TransitionInstance {
  id: string
  parentActivityInstanceId: string
  activityId: string
  activityType: string
  activityName: string | null
  targetActivityId: string
  processInstanceId: string
  processDefinitionId: string
  executionId: string
  incidentIds: string[]
  incidents: []
}

interface Row {
  id: string
  parent_id: string | null
  activity_id: string
  kind: 'token' | 'miBody' | 'miInner'
  state: string
}

/**
 * GET /process-instance/{id}/activity-instances: the instance's current
 * activity instances as a tree, built from the execution tree. A sub-process
 * nests its children; a multi-instance activity shows its body
 * (`id#multiInstanceBody`) with one child per instance; an execution waiting
 * for an async continuation is a transition instance.
 */
export async function activityInstanceTree(knex: Knex, instanceId: string, model: (definitionId: string) => Promise<ProcessModel>): Promise<ActivityInstance> {
  const instance = await knex('engine_process_instances').where('id', instanceId).first()
  if (!instance || instance.state !== 'active') throw new NotFoundError(`Process instance with id ${instanceId} does not exist`)
  const process = await model(instance.definition_id)
  const rows = (await knex('engine_executions').where('process_instance_id', instanceId).orderBy('created_at').orderBy('id')) as Row[]
  const base = { processInstanceId: instanceId, processDefinitionId: instance.definition_id as string }

  const nodeOf = (row: Row, parentId: string): ActivityInstance | TransitionInstance | null => {
    const element = process.elements.get(row.activity_id)
    const name = element?.name ?? null
    const type = row.kind === 'miBody' ? 'multiInstanceBody' : element ? activityType(element.kind) : 'unknown'
    if (row.state === 'async') {
      return { id: `${row.activity_id}:${row.id}`, parentActivityInstanceId: parentId, activityId: row.activity_id, activityType: type, activityName: name, targetActivityId: row.activity_id, executionId: row.id, incidentIds: [], incidents: [], ...base }
    }
    if (row.state === 'joining' || row.state === 'active') return null
    const activityId = row.kind === 'miBody' ? `${row.activity_id}#multiInstanceBody` : row.activity_id
    const node: ActivityInstance = { id: `${activityId}:${row.id}`, parentActivityInstanceId: parentId, activityId, activityType: type, activityName: name, name, executionIds: [row.id], childActivityInstances: [], childTransitionInstances: [], incidentIds: [], incidents: [], ...base }
    fill(node, row.id)
    return node
  }

  const fill = (node: ActivityInstance, parentExecutionId: string | null) => {
    for (const row of rows.filter((r) => r.parent_id === parentExecutionId)) {
      const child = nodeOf(row, node.id)
      if (!child) continue
      if ('executionId' in child) node.childTransitionInstances.push(child)
      else node.childActivityInstances.push(child)
    }
  }

  const root: ActivityInstance = {
    id: instanceId,
    parentActivityInstanceId: null,
    activityId: instance.definition_id,
    activityType: 'processDefinition',
    activityName: process.name,
    name: process.name,
    executionIds: [instanceId],
    childActivityInstances: [],
    childTransitionInstances: [],
    incidentIds: [],
    incidents: [],
    ...base,
  }
  fill(root, null)
  return root
}
