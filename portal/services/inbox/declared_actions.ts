import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }

/** The decisions a task page may offer; claim, unclaim and resolve follow from the task's state instead. */
export const DECLARABLE_ACTIONS = ['approve', 'submit', 'return', 'transfer', 'delegate', 'add_signer', 'return_to_step', 'copy'] as const
export type DeclarableAction = (typeof DECLARABLE_ACTIONS)[number]

/** The `camunda:property` a user task lists its actions in, comma-separated. */
export const ACTIONS_PROPERTY = 'zhian:actions'
/** A user task that declares nothing may only be approved (submitted). */
const DEFAULT_ACTIONS: readonly DeclarableAction[] = ['approve']

const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Per process definition (immutable once deployed): task id → actions. */
const cache = new Map<string, Promise<Map<string, readonly DeclarableAction[]>>>()

type Element = Record<string, any> & { $type: string; id: string }

function parseActions(taskId: string, text: unknown): DeclarableAction[] {
  const names = String(text ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  for (const name of names) {
    if (!(DECLARABLE_ACTIONS as readonly string[]).includes(name)) throw new Error(`用户任务 ${taskId} 的 ${ACTIONS_PROPERTY} 中有未知操作 ${name}`)
  }
  return names as DeclarableAction[]
}

/** Like field rules, the engine keeps `camunda:properties` as metadata only, so they are read from the deployed XML. */
async function readActions(xml: string): Promise<Map<string, readonly DeclarableAction[]>> {
  const { rootElement } = await moddle.fromXML(xml)
  const actions = new Map<string, readonly DeclarableAction[]>()
  const visit = (element: Element) => {
    if (element.$type === 'bpmn:UserTask') {
      const holder = (element.extensionElements?.values ?? []).find((v: Element) => v.$type === 'camunda:Properties')
      const property = (holder?.values ?? []).find((p: Element) => p.name === ACTIONS_PROPERTY)
      if (property) actions.set(element.id, parseActions(element.id, property.value))
    }
    for (const child of element.flowElements ?? []) visit(child)
  }
  for (const element of (rootElement as Element).rootElements ?? []) if (element.$type === 'bpmn:Process') visit(element)
  return actions
}

/** The actions one user task of a deployed definition offers. */
export async function declaredActions(definitionId: string, taskKey: string, loadXml: () => Promise<string>): Promise<readonly DeclarableAction[]> {
  let actions = cache.get(definitionId)
  if (!actions) {
    actions = loadXml().then(readActions)
    actions.catch(() => cache.delete(definitionId))
    cache.set(definitionId, actions)
  }
  return (await actions).get(taskKey) ?? DEFAULT_ACTIONS
}
