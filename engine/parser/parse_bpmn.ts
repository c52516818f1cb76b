import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { DeploymentError } from '../errors.js'
import { isExpression } from '../expressions/index.js'
import { parseTimer } from '../timers/index.js'
import type { ElementKind, ElementModel, FlowModel, ProcessModel, TimerSpec } from '../model/process_model.js'

const moddle = new BpmnModdle({ camunda: camundaSchema })

type ModdleElement = Record<string, any> & { $type: string; id: string }

function kindOf(element: ModdleElement): ElementKind {
  const definitions: ModdleElement[] = element.eventDefinitions ?? []
  switch (element.$type) {
    case 'bpmn:StartEvent':
      if (definitions.length === 0) return 'noneStartEvent'
      if (only(definitions, 'Message')) return 'messageStartEvent'
      if (only(definitions, 'Signal')) return 'signalStartEvent'
      if (only(definitions, 'Timer')) return 'timerStartEvent'
      break
    case 'bpmn:EndEvent':
      if (definitions.length === 0) return 'noneEndEvent'
      if (only(definitions, 'Terminate')) return 'terminateEndEvent'
      if (only(definitions, 'Signal')) return 'signalEndEvent'
      if (isExternalMessage(element, definitions)) return 'externalTask'
      break
    case 'bpmn:IntermediateThrowEvent':
      if (only(definitions, 'Signal')) return 'signalThrowEvent'
      if (isExternalMessage(element, definitions)) return 'externalTask'
      break
    case 'bpmn:UserTask':
      return 'userTask'
    case 'bpmn:ServiceTask':
    case 'bpmn:SendTask':
      if (element.type === 'external') {
        if (!element.topic) throw new DeploymentError(`元素 ${element.id}：外部任务缺少 camunda:topic`)
        return 'externalTask'
      }
      throw new DeploymentError(`元素 ${element.id}：服务任务必须是外部任务（camunda:type="external"），不支持 Java 类、表达式或脚本`)
    case 'bpmn:IntermediateCatchEvent':
      if (only(definitions, 'Timer')) return 'timerCatchEvent'
      if (only(definitions, 'Message')) return 'messageCatchEvent'
      if (only(definitions, 'Signal')) return 'signalCatchEvent'
      break
    case 'bpmn:BoundaryEvent':
      if (only(definitions, 'Timer')) return 'timerBoundaryEvent'
      if (only(definitions, 'Error')) return 'errorBoundaryEvent'
      if (only(definitions, 'Message')) return 'messageBoundaryEvent'
      if (only(definitions, 'Signal')) return 'signalBoundaryEvent'
      break
    case 'bpmn:ExclusiveGateway':
      return 'exclusiveGateway'
    case 'bpmn:ParallelGateway':
      return 'parallelGateway'
    case 'bpmn:InclusiveGateway':
      return 'inclusiveGateway'
    case 'bpmn:EventBasedGateway':
      return 'eventBasedGateway'
  }
  const detail = definitions.length ? `（${definitions.map((d) => d.$type).join('、')}）` : ''
  throw new DeploymentError(`元素 ${element.id}：暂不支持 ${element.$type}${detail}`)
}

/** True when the event has exactly one definition, of this type ("Timer", "Message" …). */
function only(definitions: ModdleElement[], type: string): boolean {
  return definitions.length === 1 && definitions[0].$type === `bpmn:${type}EventDefinition`
}

/**
 * A message end or throw event implemented by a worker (camunda:type="external"
 * on its message event definition): the runtime treats it as an external task.
 */
function isExternalMessage(element: ModdleElement, definitions: ModdleElement[]): boolean {
  if (!only(definitions, 'Message')) return false
  if (definitions[0].type !== 'external' || !definitions[0].topic) {
    throw new DeploymentError(`消息事件 ${element.id}：发送消息须由外部任务实现（camunda:type="external" 与 camunda:topic）`)
  }
  return true
}

/** The message or signal name an event waits for or throws; without one it cannot be matched. */
function eventNameOf(element: ModdleElement, ref: 'messageRef' | 'signalRef'): string {
  const name: string | undefined = element.eventDefinitions[0][ref]?.name
  const what = ref === 'messageRef' ? '消息' : '信号'
  if (!name) throw new DeploymentError(`${what}事件 ${element.id}：缺少 ${ref} 或${what}名称`)
  return name
}

/** Reads the one timeDate/timeDuration/timeCycle and checks a literal value at deploy time. */
function timerOf(element: ModdleElement): TimerSpec {
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

function conditionOf(flow: ModdleElement): string | null {
  const body: string | undefined = flow.conditionExpression?.body?.trim()
  if (!body) return null
  if (flow.conditionExpression.language) {
    throw new DeploymentError(`顺序流 ${flow.id}：只支持 JUEL 条件表达式，不支持脚本 ${flow.conditionExpression.language}`)
  }
  if (!/^[$#]\{[\s\S]*\}$/.test(body)) {
    throw new DeploymentError(`顺序流 ${flow.id}：条件必须写成 \${…}（见到的是 ${body}）`)
  }
  return body
}

function toElement(element: ModdleElement, flows: FlowModel[], boundaries: ModdleElement[]): ElementModel {
  const kind = kindOf(element)
  const base = {
    id: element.id,
    name: element.name ?? null,
    kind,
    incoming: flows.filter((f) => f.targetId === element.id).map((f) => f.id),
    outgoing: flows.filter((f) => f.sourceId === element.id).map((f) => f.id),
    defaultFlowId: element.default?.id ?? null,
    boundaryIds: boundaries.filter((b) => b.attachedToRef?.id === element.id).map((b) => b.id),
  }
  if (kind === 'timerCatchEvent') return { ...base, timer: timerOf(element) }
  if (kind === 'timerStartEvent') {
    const timer = timerOf(element)
    // no instance, so no variables: the value must stand on its own
    if (isExpression(timer.value)) throw new DeploymentError(`定时启动事件 ${element.id}：定时值不能使用表达式`)
    return { ...base, timer }
  }
  if (kind === 'messageStartEvent' || kind === 'messageCatchEvent') return { ...base, messageName: eventNameOf(element, 'messageRef') }
  if (kind === 'signalStartEvent' || kind === 'signalCatchEvent' || kind === 'signalThrowEvent' || kind === 'signalEndEvent') {
    return { ...base, signalName: eventNameOf(element, 'signalRef') }
  }
  if (kind.endsWith('BoundaryEvent')) {
    const host = element.attachedToRef?.$type
    if (host !== 'bpmn:UserTask' && host !== 'bpmn:ServiceTask' && host !== 'bpmn:SendTask') {
      throw new DeploymentError(`边界事件 ${element.id}：暂只支持附着在用户任务或外部任务上`)
    }
    const attached = { attachedToId: element.attachedToRef.id as string }
    if (kind === 'timerBoundaryEvent') return { ...base, ...attached, timer: timerOf(element), cancelActivity: element.cancelActivity !== false }
    if (kind === 'messageBoundaryEvent') return { ...base, ...attached, messageName: eventNameOf(element, 'messageRef'), cancelActivity: element.cancelActivity !== false }
    if (kind === 'signalBoundaryEvent') return { ...base, ...attached, signalName: eventNameOf(element, 'signalRef'), cancelActivity: element.cancelActivity !== false }
    const definition = element.eventDefinitions[0]
    // an error boundary event always interrupts (BPMN 2.0 §10.5.4)
    return {
      ...base,
      ...attached,
      cancelActivity: true,
      errorCatch: {
        code: definition.errorRef?.errorCode ?? null,
        codeVariable: definition.errorCodeVariable ?? null,
        messageVariable: definition.errorMessageVariable ?? null,
      },
    }
  }
  if (kind === 'userTask') {
    return {
      ...base,
      userTask: {
        assignee: element.assignee ?? null,
        candidateUsers: element.candidateUsers ?? null,
        candidateGroups: element.candidateGroups ?? null,
        formKey: element.formKey ?? null,
        priority: element.priority ?? null,
        dueDate: element.dueDate ?? null,
        followUpDate: element.followUpDate ?? null,
      },
    }
  }
  if (kind === 'externalTask') {
    // a service/send task carries topic and priority itself; a message event on its definition
    const source = element.topic ? element : element.eventDefinitions[0]
    return { ...base, endsPath: element.$type === 'bpmn:EndEvent', externalTask: { topic: source.topic, priority: source.taskPriority ?? null } }
  }
  return base
}

function checkShape(model: ProcessModel): void {
  for (const element of model.elements.values()) {
    if (element.kind === 'eventBasedGateway') {
      for (const flowId of element.outgoing) {
        const target = model.elements.get(model.flows.get(flowId)!.targetId)!
        if (!['timerCatchEvent', 'messageCatchEvent', 'signalCatchEvent'].includes(target.kind)) {
          throw new DeploymentError(`事件网关 ${element.id}：后继 ${target.id} 必须是定时、消息或信号中间捕获事件`)
        }
      }
    }
    const entered = !element.kind.endsWith('StartEvent') && !element.attachedToId
    if (entered && element.incoming.length === 0) {
      throw new DeploymentError(`元素 ${element.id}：没有进入它的顺序流`)
    }
    if (!element.kind.endsWith('EndEvent') && !element.endsPath && element.outgoing.length === 0) {
      throw new DeploymentError(`元素 ${element.id}：没有离开它的顺序流`)
    }
  }
}

/**
 * Parses BPMN 2.0 XML with Camunda 7 extensions into the runtime's models,
 * one per executable process. Parser warnings, unsupported elements and
 * malformed conditions are deploy errors naming the element.
 */
export async function parseBpmn(xml: string): Promise<ProcessModel[]> {
  let parsed: Awaited<ReturnType<typeof moddle.fromXML>>
  try {
    parsed = await moddle.fromXML(xml)
  } catch (error) {
    throw new DeploymentError(`BPMN 无法解析：${(error as Error).message}`)
  }
  if (parsed.warnings.length) throw new DeploymentError(`BPMN 有错误：${parsed.warnings.map((w: Error) => w.message.split('\n')[0]).join('；')}`)

  const processes = ((parsed.rootElement as ModdleElement).rootElements ?? []).filter(
    (e: ModdleElement) => e.$type === 'bpmn:Process' && e.isExecutable
  ) as ModdleElement[]
  if (processes.length === 0) throw new DeploymentError('BPMN 中没有可执行的流程（isExecutable="true"）')

  return processes.map((process) => {
    const nodes = (process.flowElements ?? []) as ModdleElement[]
    const flows: FlowModel[] = nodes
      .filter((e) => e.$type === 'bpmn:SequenceFlow')
      .map((f) => ({ id: f.id, sourceId: f.sourceRef.id, targetId: f.targetRef.id, condition: conditionOf(f) }))
    const boundaries = nodes.filter((n) => n.$type === 'bpmn:BoundaryEvent')
    const elements = new Map<string, ElementModel>()
    for (const node of nodes) if (node.$type !== 'bpmn:SequenceFlow') elements.set(node.id, toElement(node, flows, boundaries))

    const starts = [...elements.values()].filter((e) => e.kind === 'noneStartEvent')
    const messageStarts = [...elements.values()].filter((e) => e.kind === 'messageStartEvent')
    const signalStarts = [...elements.values()].filter((e) => e.kind === 'signalStartEvent')
    const timerStarts = [...elements.values()].filter((e) => e.kind === 'timerStartEvent')
    if (starts.length > 1 || starts.length + messageStarts.length + signalStarts.length + timerStarts.length === 0) {
      throw new DeploymentError(`流程 ${process.id}：需要一个空启动事件，或消息/信号启动事件（见到 ${starts.length} 个空启动事件）`)
    }
    const model: ProcessModel = {
      key: process.id,
      name: process.name ?? null,
      startEventId: starts[0]?.id ?? null,
      messageStarts: new Map(messageStarts.map((e) => [e.messageName!, e.id])),
      signalStarts: new Map(signalStarts.map((e) => [e.signalName!, e.id])),
      timerStartIds: timerStarts.map((e) => e.id),
      elements,
      flows: new Map(flows.map((f) => [f.id, f])),
    }
    checkShape(model)
    return model
  })
}
