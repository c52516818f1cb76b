import { taskProperties, type TaskProperties } from '#services/definitions/task_properties'

/** The decisions a task page may offer; claim, unclaim and resolve follow from the task's state instead. */
export const DECLARABLE_ACTIONS = ['approve', 'submit', 'return', 'transfer', 'delegate', 'add_signer', 'return_to_step', 'copy'] as const
export type DeclarableAction = (typeof DECLARABLE_ACTIONS)[number]

/** The `camunda:property` a user task lists its actions in, comma-separated. */
export const ACTIONS_PROPERTY = 'zhian:actions'
/** A user task that declares nothing may only be approved (submitted). */
const DEFAULT_ACTIONS: readonly DeclarableAction[] = ['approve']

/** Per process definition (immutable once deployed): task id → actions, parsed once. */
const cache = new Map<string, Promise<Map<string, readonly DeclarableAction[]>>>()

function parseActions(taskId: string, text: unknown): DeclarableAction[] {
  const names = String(text ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  for (const name of names) {
    if (!(DECLARABLE_ACTIONS as readonly string[]).includes(name)) throw new Error(`用户任务 ${taskId} 的 ${ACTIONS_PROPERTY} 中有未知操作 ${name}`)
  }
  return names as DeclarableAction[]
}

async function readActions(properties: ReadonlyMap<string, TaskProperties>): Promise<Map<string, readonly DeclarableAction[]>> {
  const actions = new Map<string, readonly DeclarableAction[]>()
  for (const [taskId, values] of properties) if (values[ACTIONS_PROPERTY] !== undefined) actions.set(taskId, parseActions(taskId, values[ACTIONS_PROPERTY]))
  return actions
}

/** The actions one user task of a deployed definition offers. */
export async function declaredActions(definitionId: string, taskKey: string, loadXml: () => Promise<string>): Promise<readonly DeclarableAction[]> {
  let actions = cache.get(definitionId)
  if (!actions) {
    actions = taskProperties(definitionId, loadXml).then(readActions)
    actions.catch(() => cache.delete(definitionId))
    cache.set(definitionId, actions)
  }
  return (await actions).get(taskKey) ?? DEFAULT_ACTIONS
}
