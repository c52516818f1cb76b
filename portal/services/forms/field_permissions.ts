import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { pathPattern } from './schema_walk.js'

/** What a task lets its assignee do with one field. */
export type FieldAccess = 'editable' | 'readonly' | 'hidden'
/** Per path pattern ("permitNo", "items.*.score", "*" for the rest); no entry means editable. */
export type FieldRules = Readonly<Record<string, FieldAccess>>

/** The `camunda:property` a user task declares its field rules in. */
export const FIELDS_PROPERTY = 'zhian:fields'
const ACCESS = new Set<FieldAccess>(['editable', 'readonly', 'hidden'])
const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Per process definition (immutable once deployed): task id → rules. */
const cache = new Map<string, Promise<Map<string, FieldRules>>>()

type Element = Record<string, any> & { $type: string; id: string }

/**
 * The field rules of every user task in a BPMN. The engine keeps
 * `camunda:properties` as metadata only, so they are read from the deployed
 * XML here. A malformed value is the model author's mistake and fails loudly.
 */
async function readRules(xml: string): Promise<Map<string, FieldRules>> {
  const { rootElement } = await moddle.fromXML(xml)
  const rules = new Map<string, FieldRules>()
  const visit = (element: Element) => {
    if (element.$type === 'bpmn:UserTask') {
      const holder = (element.extensionElements?.values ?? []).find((v: Element) => v.$type === 'camunda:Properties')
      const property = (holder?.values ?? []).find((p: Element) => p.name === FIELDS_PROPERTY)
      if (property) rules.set(element.id, parseRules(element.id, property.value))
    }
    for (const child of element.flowElements ?? []) visit(child)
  }
  for (const element of (rootElement as Element).rootElements ?? []) if (element.$type === 'bpmn:Process') visit(element)
  return rules
}

function parseRules(taskId: string, text: unknown): FieldRules {
  let parsed: unknown
  try {
    parsed = JSON.parse(String(text))
  } catch {
    throw new Error(`用户任务 ${taskId} 的 ${FIELDS_PROPERTY} 不是合法的 JSON`)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`用户任务 ${taskId} 的 ${FIELDS_PROPERTY} 应为对象`)
  for (const [path, access] of Object.entries(parsed)) {
    if (!ACCESS.has(access as FieldAccess)) throw new Error(`用户任务 ${taskId} 的 ${FIELDS_PROPERTY} 中 ${path} 的取值应为 editable、readonly 或 hidden`)
  }
  return parsed as FieldRules
}

/** The field rules of one user task of a deployed definition; none declared means all editable. */
export async function taskFieldRules(definitionId: string, taskKey: string, loadXml: () => Promise<string>): Promise<FieldRules> {
  let rules = cache.get(definitionId)
  if (!rules) {
    rules = loadXml().then(readRules)
    rules.catch(() => cache.delete(definitionId))
    cache.set(definitionId, rules)
  }
  return (await rules).get(taskKey) ?? {}
}

/**
 * The access to one data path: its own rule, else the nearest ancestor's
 * (a hidden group hides its fields), else `*`, else editable.
 */
export function accessOf(rules: FieldRules, path: string): FieldAccess {
  const segments = pathPattern(path).split('.')
  for (let length = segments.length; length > 0; length--) {
    const rule = rules[segments.slice(0, length).join('.')]
    if (rule) return rule
  }
  return rules['*'] ?? 'editable'
}
