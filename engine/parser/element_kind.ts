import { DeploymentError } from '../errors.js'
import type { ElementKind } from '../model/process_model.js'

export type ModdleElement = Record<string, any> & { $type: string; id: string }

/** The runtime's kind for a BPMN element; every element it cannot execute is a deploy error naming it. */
export function kindOf(element: ModdleElement): ElementKind {
  const definitions: ModdleElement[] = element.eventDefinitions ?? []
  const inEventSubProcess = element.$parent?.$type === 'bpmn:SubProcess' && element.$parent.triggeredByEvent
  switch (element.$type) {
    case 'bpmn:StartEvent':
      if (definitions.length === 0) return 'noneStartEvent'
      if (only(definitions, 'Message')) return 'messageStartEvent'
      if (only(definitions, 'Signal')) return 'signalStartEvent'
      if (only(definitions, 'Timer')) return 'timerStartEvent'
      if (inEventSubProcess && only(definitions, 'Error')) return 'errorStartEvent'
      if (inEventSubProcess && only(definitions, 'Escalation')) return 'escalationStartEvent'
      break
    case 'bpmn:EndEvent':
      if (definitions.length === 0) return 'noneEndEvent'
      if (only(definitions, 'Terminate')) return 'terminateEndEvent'
      if (only(definitions, 'Signal')) return 'signalEndEvent'
      if (only(definitions, 'Error')) return 'errorEndEvent'
      if (only(definitions, 'Escalation')) return 'escalationEndEvent'
      if (isExternalMessage(element, definitions)) return 'externalTask'
      break
    case 'bpmn:IntermediateThrowEvent':
      if (only(definitions, 'Signal')) return 'signalThrowEvent'
      if (only(definitions, 'Escalation')) return 'escalationThrowEvent'
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
    case 'bpmn:SubProcess':
      return element.triggeredByEvent ? 'eventSubProcess' : 'subProcess'
    case 'bpmn:CallActivity':
      return 'callActivity'
    case 'bpmn:IntermediateCatchEvent':
      if (only(definitions, 'Timer')) return 'timerCatchEvent'
      if (only(definitions, 'Message')) return 'messageCatchEvent'
      if (only(definitions, 'Signal')) return 'signalCatchEvent'
      break
    case 'bpmn:BoundaryEvent':
      if (only(definitions, 'Timer')) return 'timerBoundaryEvent'
      if (only(definitions, 'Error')) return 'errorBoundaryEvent'
      if (only(definitions, 'Escalation')) return 'escalationBoundaryEvent'
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
export function only(definitions: ModdleElement[], type: string): boolean {
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
