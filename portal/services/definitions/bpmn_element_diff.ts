import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }

/** One BPMN element as a comparison shows it: its id, its label and its kind (`bpmn:UserTask`). */
export interface BpmnElementRef {
  id: string
  name: string | null
  type: string
}

/** What changed between two versions of a BPMN file, element by element (ids are stable across versions). */
export interface BpmnElementChanges {
  added: BpmnElementRef[]
  removed: BpmnElementRef[]
  renamed: (BpmnElementRef & { from: string | null })[]
}

type Element = Record<string, any> & { $type: string; id: string }

const moddle = new BpmnModdle({ camunda: camundaSchema })

/** Every process and flow element (sub-processes' too) by id; null when the XML cannot be read. */
async function elementsOf(xml: string): Promise<Map<string, BpmnElementRef> | null> {
  let root: Element
  try {
    root = (await moddle.fromXML(xml)).rootElement as Element
  } catch {
    return null
  }
  const elements = new Map<string, BpmnElementRef>()
  const visit = (element: Element) => {
    if (element.id) elements.set(element.id, { id: element.id, name: element.name ?? null, type: element.$type })
    for (const child of element.flowElements ?? []) visit(child)
  }
  for (const element of root.rootElements ?? []) if (element.$type === 'bpmn:Process') visit(element)
  return elements
}

/**
 * The elements added, removed and renamed from `left` to `right`, each in
 * document order. Null when either file is not readable BPMN (the text diff
 * still shows what changed).
 */
export async function bpmnElementDiff(left: string, right: string): Promise<BpmnElementChanges | null> {
  const [before, after] = await Promise.all([elementsOf(left), elementsOf(right)])
  if (!before || !after) return null
  return {
    added: [...after.values()].filter((element) => !before.has(element.id)),
    removed: [...before.values()].filter((element) => !after.has(element.id)),
    renamed: [...after.values()].flatMap((element) => {
      const old = before.get(element.id)
      return old && old.name !== element.name ? [{ ...element, from: old.name }] : []
    }),
  }
}
