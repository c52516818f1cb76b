import type { ElementKind } from './process_model.js'

/** Camunda 7's activityType for each kind the runtime knows, as its REST API reports them. */
const ACTIVITY_TYPES: Record<ElementKind, string> = {
  noneStartEvent: 'startEvent',
  messageStartEvent: 'messageStartEvent',
  signalStartEvent: 'signalStartEvent',
  timerStartEvent: 'startTimerEvent',
  errorStartEvent: 'errorStartEvent',
  escalationStartEvent: 'escalationStartEvent',
  messageCatchEvent: 'intermediateMessageCatch',
  signalCatchEvent: 'intermediateSignalCatch',
  timerCatchEvent: 'intermediateTimer',
  signalThrowEvent: 'intermediateSignalThrow',
  escalationThrowEvent: 'intermediateEscalationThrowEvent',
  noneEndEvent: 'noneEndEvent',
  terminateEndEvent: 'terminateEndEvent',
  signalEndEvent: 'signalEndEvent',
  errorEndEvent: 'errorEndEvent',
  escalationEndEvent: 'escalationEndEvent',
  timerBoundaryEvent: 'boundaryTimer',
  messageBoundaryEvent: 'boundaryMessage',
  signalBoundaryEvent: 'boundarySignal',
  errorBoundaryEvent: 'boundaryError',
  escalationBoundaryEvent: 'boundaryEscalation',
  userTask: 'userTask',
  externalTask: 'serviceTask',
  subProcess: 'subProcess',
  eventSubProcess: 'subProcess',
  callActivity: 'callActivity',
  exclusiveGateway: 'exclusiveGateway',
  parallelGateway: 'parallelGateway',
  inclusiveGateway: 'inclusiveGateway',
  eventBasedGateway: 'eventBasedGateway',
}

export function activityType(kind: ElementKind): string {
  return ACTIVITY_TYPES[kind]
}
