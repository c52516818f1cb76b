import { taskProperties, type TaskProperties } from '#services/definitions/task_properties'
import { pathPattern } from './schema_walk.js'

/** What a task lets its assignee do with one field. */
export type FieldAccess = 'editable' | 'readonly' | 'hidden'
/** Per path pattern ("permitNo", "items.*.score", "*" for the rest); no entry means editable. */
export type FieldRules = Readonly<Record<string, FieldAccess>>

/** The `camunda:property` a user task declares its field rules in. */
export const FIELDS_PROPERTY = 'zhian:fields'
const ACCESS = new Set<FieldAccess>(['editable', 'readonly', 'hidden'])
/** Per process definition (immutable once deployed): task id → rules, parsed once. */
const cache = new Map<string, Promise<Map<string, FieldRules>>>()

/** The field rules of every user task that declares them; a malformed value is the model author's mistake and fails loudly. */
async function readRules(properties: ReadonlyMap<string, TaskProperties>): Promise<Map<string, FieldRules>> {
  const rules = new Map<string, FieldRules>()
  for (const [taskId, values] of properties) if (values[FIELDS_PROPERTY] !== undefined) rules.set(taskId, parseRules(taskId, values[FIELDS_PROPERTY]))
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

function definitionRules(definitionId: string, loadXml: () => Promise<string>): Promise<Map<string, FieldRules>> {
  let rules = cache.get(definitionId)
  if (!rules) {
    rules = taskProperties(definitionId, loadXml).then(readRules)
    rules.catch(() => cache.delete(definitionId))
    cache.set(definitionId, rules)
  }
  return rules
}

/** The field rules of one user task of a deployed definition; none declared means all editable. */
export async function taskFieldRules(definitionId: string, taskKey: string, loadXml: () => Promise<string>): Promise<FieldRules> {
  return (await definitionRules(definitionId, loadXml)).get(taskKey) ?? {}
}

/**
 * Every field some task of the definition hides: what a reader who names no
 * task of their own may not see, whichever task the record was filed in.
 */
export async function hiddenInAnyTask(definitionId: string, loadXml: () => Promise<string>): Promise<FieldRules> {
  const hidden: Record<string, FieldAccess> = {}
  for (const rules of (await definitionRules(definitionId, loadXml)).values()) {
    for (const [path, access] of Object.entries(rules)) if (access === 'hidden' && path !== '*') hidden[path] = 'hidden'
  }
  return hidden
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
