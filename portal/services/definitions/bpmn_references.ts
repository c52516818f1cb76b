import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { DeploymentError } from '#engine'

/** A file a BPMN element names: a form (by its formKey) or a document template (by its input parameter). */
export interface BpmnReference {
  elementId: string
  kind: 'form' | 'template'
  name: string
}

type Element = Record<string, any> & { $type: string; id: string }

const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Topics served by the documents room's render worker (the style guide's `document.render`; `document-render` also seen). */
const RENDER_TOPICS = new Set(['document.render', 'document-render'])
const FORM_KEY = /^zhian:[^/]+\/(.+)$/

/**
 * The forms and templates a BPMN file names. A user task's
 * or start event's `camunda:formKey="zhian:<folder>/<name>"` names the form `<name>`; an
 * external task on the render topic names its template with
 * `<camunda:inputParameter name="template">`. Expressions are resolved at
 * run time, so they name nothing here.
 */
export async function bpmnReferences(xml: string): Promise<BpmnReference[]> {
  let root: Element
  try {
    root = (await moddle.fromXML(xml)).rootElement as Element
  } catch {
    return [] // the engine's parser reports unreadable XML when it is deployed
  }
  const references: BpmnReference[] = []
  const visit = (element: Element) => {
    const form = typeof element.formKey === 'string' ? FORM_KEY.exec(element.formKey) : null
    if ((element.$type === 'bpmn:UserTask' || element.$type === 'bpmn:StartEvent') && form) references.push({ elementId: element.id, kind: 'form', name: form[1] })
    if (element.type === 'external' && RENDER_TOPICS.has(element.topic)) references.push(...templateOf(element))
    for (const child of element.flowElements ?? []) visit(child)
  }
  for (const element of root.rootElements ?? []) if (element.$type === 'bpmn:Process') visit(element)
  return references.filter((r) => !r.name.includes('${') && !r.name.includes('#{'))
}

function templateOf(element: Element): BpmnReference[] {
  const io = (element.extensionElements?.values ?? []).find((v: Element) => v.$type === 'camunda:InputOutput')
  const parameter = (io?.inputParameters ?? []).find((p: Element) => p.name === 'template')
  const name = typeof parameter?.value === 'string' ? parameter.value.trim() : ''
  if (!name) throw new DeploymentError(`文书生成任务 ${element.id}：没有指定模板（<camunda:inputParameter name="template">模板名</camunda:inputParameter>）`)
  return [{ elementId: element.id, kind: 'template', name }]
}
