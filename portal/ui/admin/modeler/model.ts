import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil'
import type { Element } from 'bpmn-js/lib/model/Types'
import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory'
import type CommandStack from 'diagram-js/lib/command/CommandStack'

/** A moddle object (bpmn-js types them as `any`): only what these helpers read. */
export interface ModdleObject {
  $type: string
  get(name: string): unknown
}

/** The diagram services the edits below go through, so each edit is one undoable step. */
export interface ModelServices {
  bpmnFactory: BpmnFactory
  commandStack: CommandStack
}

interface Command {
  cmd: string
  context: Record<string, unknown>
}

/** The topic the documents room's render worker serves. */
export const RENDER_TOPIC = 'document-render'
const RENDER_TOPICS = new Set([RENDER_TOPIC, 'document.render'])

/** The object holding the attributes: the process itself when a participant stands for it. */
export function semanticOf(element: Element): ModdleObject {
  const object = getBusinessObject(element)
  return is(object, 'bpmn:Participant') ? object.get('processRef') : object
}

/** A `camunda:*` (or any) attribute as text; empty counts as absent. */
export function attributeOf(element: Element, name: string): string | undefined {
  const value = semanticOf(element).get(name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Sets attributes (undefined removes one) in one step. */
export function setAttributes(element: Element, attributes: Record<string, string | undefined>, services: ModelServices): void {
  services.commandStack.execute('element.updateModdleProperties', { element, moddleElement: semanticOf(element), properties: attributes })
}

const listOf = (object: ModdleObject | undefined, name: string) => (object?.get(name) as ModdleObject[] | undefined) ?? []
const extensionsOf = (element: Element, type: string) => listOf(semanticOf(element).get('extensionElements') as ModdleObject | undefined, 'values').filter((value) => is(value, type))

/** A `<camunda:property>` value; the portal keeps its `zhian:*` settings there (definitions/README.md). */
export function propertyOf(element: Element, name: string): string | undefined {
  const found = extensionsOf(element, 'camunda:Properties').flatMap((holder) => listOf(holder, 'values')).find((p) => p.get('name') === name)
  const value = found?.get('value')
  return typeof value === 'string' ? value : undefined
}

/** The `<camunda:inputParameter name="template">` of a render task. */
export function templateOf(element: Element): string | undefined {
  const parameter = extensionsOf(element, 'camunda:InputOutput').flatMap((io) => listOf(io, 'inputParameters')).find((p) => p.get('name') === 'template')
  const value = parameter?.get('value')
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Whether a service task is an external task on the render topic. */
export function isRenderTask(element: Element): boolean {
  return is(element, 'bpmn:ServiceTask') && attributeOf(element, 'camunda:type') === 'external' && RENDER_TOPICS.has(attributeOf(element, 'camunda:topic') ?? '')
}

const update = (element: Element, moddleElement: ModdleObject, properties: Record<string, unknown>): Command => ({
  cmd: 'element.updateModdleProperties',
  context: { element, moddleElement, properties },
})

/** Finds or creates an extension child (`camunda:Properties`, `camunda:InputOutput`), collecting the commands that create it. */
function ensureExtension(element: Element, type: string, initial: Record<string, unknown[]>, services: ModelServices, commands: Command[]): ModdleObject {
  const semantic = semanticOf(element)
  let extensions = semantic.get('extensionElements') as ModdleObject | undefined
  if (!extensions) {
    extensions = services.bpmnFactory.create('bpmn:ExtensionElements', { values: [] }) as ModdleObject
    Object.assign(extensions, { $parent: semantic })
    commands.push(update(element, semantic, { extensionElements: extensions }))
  }
  let holder = listOf(extensions, 'values').find((value) => is(value, type))
  if (!holder) {
    holder = services.bpmnFactory.create(type, initial) as ModdleObject
    Object.assign(holder, { $parent: extensions })
    commands.push(update(element, extensions, { values: [...listOf(extensions, 'values'), holder] }))
  }
  return holder
}

/** Upserts a named child (`camunda:Property`, `camunda:InputParameter`) of a list, or removes it when `value` is undefined. */
function setNamed(input: { element: Element; holder: ModdleObject; list: string; type: string; name: string; value: string | undefined }, services: ModelServices, commands: Command[]) {
  const { element, holder, list, type, name, value } = input
  const items = listOf(holder, list)
  const found = items.find((item) => item.get('name') === name)
  if (value === undefined) {
    if (found) commands.push(update(element, holder, { [list]: items.filter((item) => item !== found) }))
  } else if (found) {
    commands.push(update(element, found, { value }))
  } else {
    const created = services.bpmnFactory.create(type, { name, value }) as ModdleObject
    Object.assign(created, { $parent: holder })
    commands.push(update(element, holder, { [list]: [...items, created] }))
  }
  if (commands.length) services.commandStack.execute('properties-panel.multi-command-executor', commands as never)
}

/** Sets (or with undefined removes) one `<camunda:property>`. */
export function setProperty(element: Element, name: string, value: string | undefined, services: ModelServices): void {
  if (value === undefined && propertyOf(element, name) === undefined) return
  const commands: Command[] = []
  const holder = ensureExtension(element, 'camunda:Properties', { values: [] }, services, commands)
  setNamed({ element, holder, list: 'values', type: 'camunda:Property', name, value }, services, commands)
}

/** Names the document template of a render task (or with undefined removes it). */
export function setTemplate(element: Element, template: string | undefined, services: ModelServices): void {
  if (template === undefined && templateOf(element) === undefined) return
  const commands: Command[] = []
  const holder = ensureExtension(element, 'camunda:InputOutput', { inputParameters: [], outputParameters: [] }, services, commands)
  setNamed({ element, holder, list: 'inputParameters', type: 'camunda:InputParameter', name: 'template', value: template }, services, commands)
}

/** Turns a service task into a 文书生成 task: an external task on the render topic, no Java implementation left over. */
export function makeRenderTask(element: Element, services: ModelServices): void {
  setAttributes(
    element,
    { 'camunda:type': 'external', 'camunda:topic': RENDER_TOPIC, 'camunda:class': undefined, 'camunda:expression': undefined, 'camunda:delegateExpression': undefined, 'camunda:resultVariable': undefined },
    services
  )
}
