/** The element types the runtime executes; the parser refuses every other. */
export type ElementKind =
  | 'noneStartEvent'
  | 'messageStartEvent'
  | 'messageCatchEvent'
  | 'messageBoundaryEvent'
  | 'signalStartEvent'
  | 'timerStartEvent'
  | 'signalCatchEvent'
  | 'signalBoundaryEvent'
  | 'signalThrowEvent'
  | 'signalEndEvent'
  | 'noneEndEvent'
  | 'terminateEndEvent'
  | 'userTask'
  | 'externalTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'eventBasedGateway'
  | 'timerCatchEvent'
  | 'timerBoundaryEvent'
  | 'errorBoundaryEvent'
  | 'escalationBoundaryEvent'
  | 'errorEndEvent'
  | 'escalationEndEvent'
  | 'escalationThrowEvent'
  | 'errorStartEvent'
  | 'escalationStartEvent'
  | 'subProcess'
  | 'eventSubProcess'
  | 'callActivity'

/** A sequence flow, with its JUEL condition when it has one. */
export interface FlowModel {
  readonly id: string
  readonly sourceId: string
  readonly targetId: string
  readonly condition: string | null
}

/** What a user task asks of its assignment (values may be JUEL expressions). */
export interface UserTaskSpec {
  readonly assignee: string | null
  readonly candidateUsers: string | null
  readonly candidateGroups: string | null
  readonly formKey: string | null
  readonly priority: string | null
  readonly dueDate: string | null
  readonly followUpDate: string | null
}

/** What an external service task offers its workers. */
export interface ExternalTaskSpec {
  readonly topic: string
  readonly priority: string | null
}

/** A timer event's definition; `value` may be a JUEL expression, resolved when the timer starts. */
export interface TimerSpec {
  readonly kind: 'timeDate' | 'timeDuration' | 'timeCycle'
  readonly value: string
}

/** What an error boundary event catches (code null: every error) and where it puts code and message. */
export interface ErrorCatchSpec {
  readonly code: string | null
  readonly codeVariable: string | null
  readonly messageVariable: string | null
}

/** What an escalation boundary event or event sub-process start catches (code null: every escalation). */
export interface EscalationCatchSpec {
  readonly code: string | null
  readonly codeVariable: string | null
}

/** A camunda:inputParameter / outputParameter: a text (literal or JUEL), a list or a map of them. */
export type ParameterValue = { readonly text: string } | { readonly list: readonly ParameterValue[] } | { readonly map: readonly (readonly [string, ParameterValue])[] }

export interface ParameterSpec {
  readonly name: string
  /** null: an empty parameter, which Camunda sets to null */
  readonly value: ParameterValue | null
}

/** camunda:inputOutput: inputs become the activity's local variables, outputs are set in its parent scope. */
export interface InputOutputSpec {
  readonly inputs: readonly ParameterSpec[]
  readonly outputs: readonly ParameterSpec[]
}

/** multiInstanceLoopCharacteristics; expressions are resolved when the activity is entered. */
export interface LoopSpec {
  readonly sequential: boolean
  readonly cardinality: string | null
  readonly collection: string | null
  readonly elementVariable: string | null
  readonly completionCondition: string | null
}

/** One camunda:in or camunda:out mapping of a call activity. */
export interface VariableMapping {
  readonly source: string | null
  readonly sourceExpression: string | null
  readonly target: string | null
  /** variables="all" */
  readonly all: boolean
  readonly local: boolean
}

/** A call activity: which process it starts and what crosses the boundary. */
export interface CallActivitySpec {
  /** a key, or a JUEL expression giving one */
  readonly calledElement: string
  readonly binding: 'latest' | 'deployment' | 'version'
  readonly version: string | null
  readonly inputs: readonly VariableMapping[]
  readonly outputs: readonly VariableMapping[]
  /** camunda:in businessKey="…": the called instance's business key */
  readonly businessKey: string | null
}

/** One flow node, immutable once parsed. */
export interface ElementModel {
  readonly id: string
  readonly name: string | null
  readonly kind: ElementKind
  readonly incoming: readonly string[]
  readonly outgoing: readonly string[]
  readonly defaultFlowId: string | null
  readonly userTask?: UserTaskSpec
  readonly externalTask?: ExternalTaskSpec
  readonly timer?: TimerSpec
  readonly errorCatch?: ErrorCatchSpec
  readonly escalationCatch?: EscalationCatchSpec
  /** for error and escalation throw/end events: what they throw */
  readonly error?: { readonly code: string; readonly message: string | null }
  readonly escalationCode?: string
  /** the sub-process (embedded or event) this element sits in; null at process level */
  readonly parentId: string | null
  /** for sub-processes: the none start event inside, and the event sub-processes directly inside */
  readonly startEventId?: string | null
  readonly eventSubProcessIds?: readonly string[]
  /** for start events of event sub-processes: whether triggering cancels the rest of the scope */
  readonly interrupting?: boolean
  readonly io?: InputOutputSpec
  readonly loop?: LoopSpec
  readonly callActivity?: CallActivitySpec
  readonly asyncBefore?: boolean
  readonly asyncAfter?: boolean
  /** for message events: the message's name, the key correlation matches on */
  readonly messageName?: string
  /** for signal events: the signal's name, broadcast to every catcher */
  readonly signalName?: string
  /** for boundary events: the activity they sit on, and whether firing cancels it */
  readonly attachedToId?: string
  readonly cancelActivity?: boolean
  /** an end event implemented by a worker (a message end event): its token ends when the worker completes */
  readonly endsPath?: boolean
  /** for activities: the boundary events attached to them */
  readonly boundaryIds: readonly string[]
}

/** One executable process, as the runtime walks it. */
export interface ProcessModel {
  readonly key: string
  readonly name: string | null
  /** the none start event; null when the process only starts by message */
  readonly startEventId: string | null
  /** message name → message start event */
  readonly messageStarts: ReadonlyMap<string, string>
  /** signal name → signal start event */
  readonly signalStarts: ReadonlyMap<string, string>
  /** timer start events (their timer values are literal) */
  readonly timerStartIds: readonly string[]
  /** the event sub-processes at process level */
  readonly eventSubProcessIds: readonly string[]
  readonly elements: ReadonlyMap<string, ElementModel>
  readonly flows: ReadonlyMap<string, FlowModel>
}
