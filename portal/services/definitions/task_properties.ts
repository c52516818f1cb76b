import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }

/** A user task's `camunda:properties` (`zhian:fields`, `zhian:actions`, `zhian:signIn` …) as name → value. */
export type TaskProperties = Readonly<Record<string, string>>

type Element = Record<string, any> & { $type: string; id: string }

const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Per process definition (deployed XML never changes): task id → properties. */
const cache = new Map<string, Promise<ReadonlyMap<string, TaskProperties>>>()

/** The `camunda:properties` of one BPMN element. */
export function propertiesOf(element: Element): Record<string, string> {
  const holder = (element.extensionElements?.values ?? []).find((v: Element) => v.$type === 'camunda:Properties')
  return Object.fromEntries((holder?.values ?? []).map((p: Element) => [String(p.name), String(p.value ?? '')]))
}

/**
 * The engine keeps `camunda:properties` as metadata only, so the portal reads
 * them from the deployed XML: every user task's, in every process of the
 * file, parsed once per definition.
 */
async function readTaskProperties(xml: string): Promise<ReadonlyMap<string, TaskProperties>> {
  const { rootElement } = await moddle.fromXML(xml)
  const found = new Map<string, TaskProperties>()
  const visit = (element: Element) => {
    if (element.$type === 'bpmn:UserTask') found.set(element.id, propertiesOf(element))
    for (const child of element.flowElements ?? []) visit(child)
  }
  for (const element of (rootElement as Element).rootElements ?? []) if (element.$type === 'bpmn:Process') visit(element)
  return found
}

/** Every user task's properties of a deployed definition. */
export function taskProperties(definitionId: string, loadXml: () => Promise<string>): Promise<ReadonlyMap<string, TaskProperties>> {
  let properties = cache.get(definitionId)
  if (!properties) {
    properties = loadXml().then(readTaskProperties)
    properties.catch(() => cache.delete(definitionId))
    cache.set(definitionId, properties)
  }
  return properties
}
