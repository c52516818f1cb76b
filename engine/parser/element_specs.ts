import { DeploymentError } from '../errors.js'
import { isExpression } from '../expressions/index.js'
import type { CallActivitySpec, InputOutputSpec, LoopSpec, ParameterSpec, ParameterValue, TimerSpec, VariableMapping } from '../model/process_model.js'
import { parseTimer } from '../timers/index.js'
import { type DueDateAttribute, dueInstant } from '../timers/due_dates.js'
import type { ModdleElement } from './element_kind.js'

/** The message or signal name an event waits for or throws; without one it cannot be matched. */
export function eventNameOf(element: ModdleElement, ref: 'messageRef' | 'signalRef'): string {
  const name: string | undefined = element.eventDefinitions[0][ref]?.name
  const what = ref === 'messageRef' ? '消息' : '信号'
  if (!name) throw new DeploymentError(`${what}事件 ${element.id}：缺少 ${ref} 或${what}名称`)
  return name
}

/** Reads the one timeDate/timeDuration/timeCycle and checks a literal value at deploy time. */
export function timerOf(element: ModdleElement): TimerSpec {
  const definition = element.eventDefinitions[0]
  const kinds = (['timeDate', 'timeDuration', 'timeCycle'] as const).filter((k) => definition[k]?.body?.trim())
  if (kinds.length !== 1) throw new DeploymentError(`定时器 ${element.id}：必须恰有一个 timeDate、timeDuration 或 timeCycle`)
  const value = definition[kinds[0]].body.trim()
  if (!isExpression(value)) {
    try {
      parseTimer(kinds[0], value)
    } catch (error) {
      throw new DeploymentError(`定时器 ${element.id}：${(error as Error).message}`)
    }
  }
  return { kind: kinds[0], value }
}

/** A user task's camunda:dueDate / followUpDate; a literal one must be an ISO 8601 date or duration, checked at deploy. */
export function dueDateOf(element: ModdleElement, attribute: DueDateAttribute): string | null {
  const value: string | undefined = element[attribute]
  if (value === undefined || value === '') return null
  if (!isExpression(value)) {
    try {
      dueInstant({ value, elementId: element.id, attribute, now: 0, zone: 'UTC' })
    } catch (error) {
      throw new DeploymentError((error as Error).message)
    }
  }
  return value
}

/** A `${…}` expression; anything else (a script, a bare string) is refused at deploy. */
function juel(body: string, what: string): string {
  if (!/^[$#]\{[\s\S]*\}$/.test(body)) throw new DeploymentError(`${what}：必须写成 \${…}（见到的是 ${body}）`)
  return body
}

export function conditionOf(flow: ModdleElement): string | null {
  const body: string | undefined = flow.conditionExpression?.body?.trim()
  if (!body) return null
  if (flow.conditionExpression.language) {
    throw new DeploymentError(`顺序流 ${flow.id}：只支持 JUEL 条件表达式，不支持脚本 ${flow.conditionExpression.language}`)
  }
  return juel(body, `顺序流 ${flow.id} 的条件`)
}

/** The code of an error or escalation an end/throw event throws; it must name one. */
export function thrownCode(element: ModdleElement, kind: 'error' | 'escalation'): { code: string; message: string | null } {
  const ref = element.eventDefinitions[0][`${kind}Ref`]
  const code: string | undefined = ref?.[`${kind}Code`]
  if (!code) throw new DeploymentError(`${kind === 'error' ? '错误' : '升级'}事件 ${element.id}：缺少 ${kind}Ref 或其 ${kind}Code`)
  return { code, message: ref.errorMessage ?? null }
}

function parameterValue(source: ModdleElement, where: string): ParameterValue | null {
  const definition: ModdleElement | undefined = source.definition
  if (!definition) {
    const text: string | undefined = source.value
    return text === undefined || text === '' ? null : { text }
  }
  switch (definition.$type) {
    case 'camunda:List':
      return { list: (definition.items ?? []).map((item: ModdleElement) => parameterValue(item.$type === 'camunda:Value' ? item : { $type: 'x', id: '', definition: item }, where) ?? { text: '' }) }
    case 'camunda:Map':
      return { map: (definition.entries ?? []).map((entry: ModdleElement) => [entry.key, parameterValue(entry, where) ?? { text: '' }] as const) }
    case 'camunda:Value':
      return { text: definition.value ?? '' }
  }
  throw new DeploymentError(`${where}：不支持 ${definition.$type}（不执行脚本）`)
}

function extension(element: ModdleElement, type: string): ModdleElement[] {
  return (element.extensionElements?.values ?? []).filter((v: ModdleElement) => v.$type === type)
}

/** camunda:inputOutput of an activity, or undefined when it has none. */
export function inputOutputOf(element: ModdleElement): InputOutputSpec | undefined {
  const [io] = extension(element, 'camunda:InputOutput')
  if (!io) return undefined
  if (io.connectorId) throw new DeploymentError(`元素 ${element.id}：不支持 camunda:connector`)
  const read = (params: ModdleElement[] | undefined, what: string): ParameterSpec[] =>
    (params ?? []).map((p) => {
      if (!p.name) throw new DeploymentError(`元素 ${element.id}：${what}缺少 name`)
      return { name: p.name, value: parameterValue(p, `元素 ${element.id} 的${what} ${p.name}`) }
    })
  return { inputs: read(io.inputParameters, '输入参数'), outputs: read(io.outputParameters, '输出参数') }
}

/** multiInstanceLoopCharacteristics; a standard loop is refused. */
export function loopOf(element: ModdleElement): LoopSpec | undefined {
  const loop: ModdleElement | undefined = element.loopCharacteristics
  if (!loop) return undefined
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') throw new DeploymentError(`元素 ${element.id}：只支持多实例，不支持 ${loop.$type}`)
  const cardinality: string | null = loop.loopCardinality?.body?.trim() || null
  const collection: string | null = loop.collection ?? null
  if (!cardinality && !collection) throw new DeploymentError(`多实例 ${element.id}：需要 loopCardinality 或 camunda:collection`)
  const completion: string | null = loop.completionCondition?.body?.trim() || null
  return {
    sequential: loop.isSequential === true,
    cardinality,
    collection,
    elementVariable: loop.elementVariable ?? null,
    completionCondition: completion ? juel(completion, `多实例 ${element.id} 的完成条件`) : null,
  }
}

function mappings(element: ModdleElement, type: 'camunda:In' | 'camunda:Out'): VariableMapping[] {
  return extension(element, type)
    .filter((m) => !m.businessKey)
    .map((m) => {
      const all = m.variables === 'all'
      if (!all && !m.source && !m.sourceExpression) throw new DeploymentError(`调用活动 ${element.id}：${type} 需要 source、sourceExpression 或 variables="all"`)
      if (!all && !m.target) throw new DeploymentError(`调用活动 ${element.id}：${type} 缺少 target`)
      return { source: m.source ?? null, sourceExpression: m.sourceExpression ?? null, target: m.target ?? null, all, local: m.local === true }
    })
}

export function callActivityOf(element: ModdleElement): CallActivitySpec {
  if (!element.calledElement) throw new DeploymentError(`调用活动 ${element.id}：缺少 calledElement`)
  const binding = element.calledElementBinding ?? 'latest'
  if (!['latest', 'deployment', 'version'].includes(binding)) throw new DeploymentError(`调用活动 ${element.id}：不支持 calledElementBinding="${binding}"`)
  if (binding === 'version' && !element.calledElementVersion) throw new DeploymentError(`调用活动 ${element.id}：binding 为 version 时需要 calledElementVersion`)
  const key = extension(element, 'camunda:In').find((m) => m.businessKey)
  return {
    calledElement: element.calledElement,
    binding,
    version: element.calledElementVersion ?? null,
    inputs: mappings(element, 'camunda:In'),
    outputs: mappings(element, 'camunda:Out'),
    businessKey: key?.businessKey ?? null,
  }
}
