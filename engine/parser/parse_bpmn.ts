import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { DeploymentError } from '../errors.js'
import { isExpression } from '../expressions/index.js'
import type { ElementModel, FlowModel, ProcessModel } from '../model/process_model.js'
import { checkShape } from './check_shape.js'
import { type ModdleElement, kindOf } from './element_kind.js'
import { refuseUnsupported } from './unsupported.js'
import { callActivityOf, conditionOf, dueDateOf, eventNameOf, inputOutputOf, loopOf, thrownCode, timerOf } from './element_specs.js'

const moddle = new BpmnModdle({ camunda: camundaSchema })

/** Activities a boundary event may sit on: those a token waits at. */
const BOUNDARY_HOSTS = ['bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:SubProcess', 'bpmn:CallActivity']

function toElement(element: ModdleElement, parentId: string | null, flows: FlowModel[], boundaries: ModdleElement[]): ElementModel {
  const kind = kindOf(element)
  refuseUnsupported(element)
  const base: ElementModel = {
    id: element.id,
    name: element.name ?? null,
    kind,
    parentId,
    incoming: flows.filter((f) => f.targetId === element.id).map((f) => f.id),
    outgoing: flows.filter((f) => f.sourceId === element.id).map((f) => f.id),
    defaultFlowId: element.default?.id ?? null,
    boundaryIds: boundaries.filter((b) => b.attachedToRef?.id === element.id).map((b) => b.id),
    io: inputOutputOf(element),
    loop: loopOf(element),
    asyncBefore: element.asyncBefore === true || element.async === true,
    asyncAfter: element.asyncAfter === true,
  }
  return { ...base, ...specOf(element, base) }
}

/** The parts of an element only its kind has. */
function specOf(element: ModdleElement, base: ElementModel): Partial<ElementModel> {
  const { kind } = base
  const inEventSubProcess = base.parentId !== null && element.$parent.triggeredByEvent === true
  if (kind.endsWith('StartEvent') && inEventSubProcess) return eventSubProcessStart(element, base)
  if (kind.endsWith('StartEvent') && base.parentId !== null && kind !== 'noneStartEvent') {
    throw new DeploymentError(`子流程中的启动事件 ${element.id}：嵌入式子流程只能有空启动事件`)
  }
  switch (kind) {
    case 'timerCatchEvent':
      return { timer: timerOf(element) }
    case 'timerStartEvent': {
      const timer = timerOf(element)
      // no instance, so no variables: the value must stand on its own
      if (isExpression(timer.value)) throw new DeploymentError(`定时启动事件 ${element.id}：定时值不能使用表达式`)
      return { timer }
    }
    case 'messageStartEvent':
    case 'messageCatchEvent':
      return { messageName: eventNameOf(element, 'messageRef') }
    case 'signalStartEvent':
    case 'signalCatchEvent':
    case 'signalThrowEvent':
    case 'signalEndEvent':
      return { signalName: eventNameOf(element, 'signalRef') }
    case 'errorEndEvent':
      return { error: thrownCode(element, 'error') }
    case 'escalationEndEvent':
    case 'escalationThrowEvent':
      return { escalationCode: thrownCode(element, 'escalation').code }
    case 'userTask':
      return {
        userTask: {
          assignee: element.assignee ?? null,
          candidateUsers: element.candidateUsers ?? null,
          candidateGroups: element.candidateGroups ?? null,
          formKey: element.formKey ?? null,
          priority: element.priority ?? null,
          dueDate: dueDateOf(element, 'dueDate'),
          followUpDate: dueDateOf(element, 'followUpDate'),
        },
      }
    case 'externalTask': {
      // a service/send task carries topic and priority itself; a message event on its definition
      const source = element.topic ? element : element.eventDefinitions[0]
      return { endsPath: element.$type === 'bpmn:EndEvent', externalTask: { topic: source.topic, priority: source.taskPriority ?? null } }
    }
    case 'callActivity':
      return { callActivity: callActivityOf(element) }
  }
  if (kind.endsWith('BoundaryEvent')) return boundaryOf(element, kind)
  return {}
}

function boundaryOf(element: ModdleElement, kind: string): Partial<ElementModel> {
  if (!BOUNDARY_HOSTS.includes(element.attachedToRef?.$type)) {
    throw new DeploymentError(`边界事件 ${element.id}：只能附着在用户任务、外部任务、子流程或调用活动上`)
  }
  const attached = { attachedToId: element.attachedToRef.id as string, cancelActivity: element.cancelActivity !== false }
  const definition = element.eventDefinitions[0]
  switch (kind) {
    case 'timerBoundaryEvent':
      return { ...attached, timer: timerOf(element) }
    case 'messageBoundaryEvent':
      return { ...attached, messageName: eventNameOf(element, 'messageRef') }
    case 'signalBoundaryEvent':
      return { ...attached, signalName: eventNameOf(element, 'signalRef') }
    case 'escalationBoundaryEvent':
      return { ...attached, escalationCatch: { code: definition.escalationRef?.escalationCode ?? null, codeVariable: definition.escalationCodeVariable ?? null } }
  }
  // an error boundary event always interrupts (BPMN 2.0 §10.5.4)
  return {
    ...attached,
    cancelActivity: true,
    errorCatch: { code: definition.errorRef?.errorCode ?? null, codeVariable: definition.errorCodeVariable ?? null, messageVariable: definition.errorMessageVariable ?? null },
  }
}

/** The start event of an event sub-process: what triggers it and whether it interrupts its scope. */
function eventSubProcessStart(element: ModdleElement, base: ElementModel): Partial<ElementModel> {
  const definition = element.eventDefinitions?.[0]
  const interrupting = element.isInterrupting !== false
  switch (base.kind) {
    case 'timerStartEvent':
      return { interrupting, timer: timerOf(element) }
    case 'messageStartEvent':
      return { interrupting, messageName: eventNameOf(element, 'messageRef') }
    case 'signalStartEvent':
      return { interrupting, signalName: eventNameOf(element, 'signalRef') }
    case 'errorStartEvent':
      // an error always interrupts its scope
      return { interrupting: true, errorCatch: { code: definition.errorRef?.errorCode ?? null, codeVariable: definition.errorCodeVariable ?? null, messageVariable: definition.errorMessageVariable ?? null } }
    case 'escalationStartEvent':
      return { interrupting, escalationCatch: { code: definition.escalationRef?.escalationCode ?? null, codeVariable: definition.escalationCodeVariable ?? null } }
  }
  throw new DeploymentError(`事件子流程 ${base.parentId} 的启动事件 ${element.id}：需要定时、消息、信号、错误或升级事件定义`)
}

/**
 * Reads one scope (the process or a sub-process) and its nested scopes into
 * the flat maps: element ids are unique in a document, and each element
 * remembers the sub-process it sits in.
 */
function readScope(scope: ModdleElement, parentId: string | null, elements: Map<string, ElementModel>, flows: Map<string, FlowModel>): ElementModel[] {
  const nodes = (scope.flowElements ?? []) as ModdleElement[]
  const scopeFlows: FlowModel[] = nodes
    .filter((e) => e.$type === 'bpmn:SequenceFlow')
    .map((f) => (refuseUnsupported(f), f))
    .map((f) => ({ id: f.id, sourceId: f.sourceRef.id, targetId: f.targetRef.id, condition: conditionOf(f) }))
  for (const flow of scopeFlows) flows.set(flow.id, flow)
  const boundaries = nodes.filter((n) => n.$type === 'bpmn:BoundaryEvent')
  const direct: ElementModel[] = []
  for (const node of nodes) {
    if (node.$type === 'bpmn:SequenceFlow') continue
    let element = toElement(node, parentId, scopeFlows, boundaries)
    if (element.kind === 'subProcess' || element.kind === 'eventSubProcess') {
      const children = readScope(node, node.id, elements, flows)
      const starts = children.filter((c) => c.kind.endsWith('StartEvent'))
      if (starts.length !== 1) throw new DeploymentError(`子流程 ${node.id}：需要恰好一个启动事件（见到 ${starts.length} 个）`)
      element = { ...element, startEventId: starts[0].id, eventSubProcessIds: children.filter((c) => c.kind === 'eventSubProcess').map((c) => c.id) }
    }
    elements.set(element.id, element)
    direct.push(element)
  }
  return direct
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
    refuseUnsupported(process)
    const elements = new Map<string, ElementModel>()
    const flows = new Map<string, FlowModel>()
    const top = readScope(process, null, elements, flows)
    const startsOf = (kind: string) => top.filter((e) => e.kind === kind)
    const starts = startsOf('noneStartEvent')
    const [messageStarts, signalStarts, timerStarts] = [startsOf('messageStartEvent'), startsOf('signalStartEvent'), startsOf('timerStartEvent')]
    if (starts.length > 1 || starts.length + messageStarts.length + signalStarts.length + timerStarts.length === 0) {
      throw new DeploymentError(`流程 ${process.id}：需要一个空启动事件，或消息/信号/定时启动事件（见到 ${starts.length} 个空启动事件）`)
    }
    if (top.some((e) => e.kind === 'errorStartEvent' || e.kind === 'escalationStartEvent')) {
      throw new DeploymentError(`流程 ${process.id}：错误和升级启动事件只能用在事件子流程中`)
    }
    const model: ProcessModel = {
      key: process.id,
      name: process.name ?? null,
      startEventId: starts[0]?.id ?? null,
      messageStarts: new Map(messageStarts.map((e) => [e.messageName!, e.id])),
      signalStarts: new Map(signalStarts.map((e) => [e.signalName!, e.id])),
      timerStartIds: timerStarts.map((e) => e.id),
      eventSubProcessIds: top.filter((e) => e.kind === 'eventSubProcess').map((e) => e.id),
      elements,
      flows,
    }
    checkShape(model)
    return model
  })
}
