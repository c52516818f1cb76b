import type { CommandContext } from '../context/command_context.js'
import { BadRequestError, NotFoundError, OptimisticLockError, ProcessError, SuspendedEntityInteractionError } from '../errors.js'
import { type ExpressionContext, evaluateExpression, isExpression } from '../expressions/index.js'
import type { ElementModel, FlowModel, ProcessModel } from '../model/process_model.js'
import type { ProcessInstanceRow } from '../store/rows.js'
import { workDaysFrom } from '../timers/work_calendar.js'
import { calledInstanceCompleted, startCalledInstance } from './behaviours/call_activity.js'
import { selectFlows } from './behaviours/flow_selection.js'
import { clearEndedInstance } from './behaviours/instance_end.js'
import { applyInputs, applyOutputs } from './behaviours/input_output.js'
import { enterInclusiveGateway, enterParallelGateway } from './behaviours/joins.js'
import { completeInnerInstance, startMultiInstance } from './behaviours/multi_instance.js'
import { armBoundaries, armEventGateway, armEventSubProcesses } from './behaviours/events.js'
import { broadcastSignal } from './behaviours/signals.js'
import { type Thrown, throwEvent } from './behaviours/thrown_events.js'
import { type Execution, ExecutionTree } from './execution_tree.js'
import { History } from './history.js'
import { VariableScopes } from './variable_scopes.js'
import type { Variables } from './variables.js'
import { type WorkScope, cancelWork, createAsyncJob, createExternalTask, createTask, createTimerJob, subscribeEvent } from './wait_work.js'

/**
 * What happens to an execution at an element: `enter` on arrival (multi-instance
 * and asyncBefore are decided here), `start` the element's behaviour, `leave`
 * once it completed (outputs, asyncAfter), `continue` along outgoing flows.
 */
type Phase = 'enter' | 'start' | 'leave' | 'continue'

interface Step {
  execution: Execution
  elementId: string
  phase: Phase
}

const callers = new WeakMap<ProcessModel, boolean>()

/** Whether a process has call activities, so ending one of its instances may have called instances to cancel. */
function callsOthers(model: ProcessModel): boolean {
  let calls = callers.get(model)
  if (calls === undefined) callers.set(model, (calls = [...model.elements.values()].some((e) => e.kind === 'callActivity')))
  return calls
}

/** The runs of one command, so an instance touched twice (a call activity and its caller) is locked and loaded once. */
const commandRuns = new WeakMap<CommandContext, Map<string, InstanceRun>>()

function registry(ctx: CommandContext): Map<string, InstanceRun> {
  let runs = commandRuns.get(ctx)
  if (!runs) commandRuns.set(ctx, (runs = new Map()))
  return runs
}

/**
 * One process instance inside one command: its row (locked by a revision
 * bump), its execution tree, its variables and the steps the command works
 * off. Element families live in `behaviours/`; everything is written
 * through the command's transaction.
 */
export class InstanceRun {
  #queue: Step[] = []
  #running = false
  #armRootScope = false
  readonly history: History

  private constructor(
    readonly ctx: CommandContext,
    readonly row: ProcessInstanceRow,
    readonly model: ProcessModel,
    readonly tree: ExecutionTree,
    readonly vars: VariableScopes
  ) {
    this.history = new History(ctx, row)
  }

  /** Takes the instance's optimistic lock: a concurrent command on it fails and is retried. */
  static async lock(ctx: CommandContext, instanceId: string): Promise<InstanceRun> {
    const known = registry(ctx).get(instanceId)
    if (known) return known
    const row = (await ctx.trx('engine_process_instances').where('id', instanceId).first()) as ProcessInstanceRow | undefined
    if (!row) throw new NotFoundError(`Process instance ${instanceId} does not exist`)
    if (row.state !== 'active') throw new BadRequestError(`Process instance ${instanceId} has ended`)
    const bumped = await ctx.trx('engine_process_instances').where({ id: row.id, rev: row.rev }).update({ rev: row.rev + 1 })
    if (bumped === 0) throw new OptimisticLockError(`Process instance ${instanceId} was changed concurrently`)
    const run = new InstanceRun(ctx, { ...row, rev: row.rev + 1 }, await ctx.model(row.definition_id), await ExecutionTree.load(ctx, row.id), VariableScopes.lazy(ctx, row.id))
    registry(ctx).set(row.id, run)
    return run
  }

  /** Creates an instance row; `run()` then starts it at its start event. */
  static async create(
    ctx: CommandContext,
    definition: { id: string; key: string; name?: string | null; suspended?: boolean | number },
    businessKey: string | null,
    startEventId?: string,
    caller?: { executionId: string; instanceId: string }
  ): Promise<InstanceRun> {
    // every way in (start, call activity, message, signal, timer) meets Camunda's ensureNotSuspended here
    if (definition.suspended) {
      throw new SuspendedEntityInteractionError(`流程定义 ${definition.name ?? definition.key} 已挂起，不能发起 (Cannot start process instance. Process definition ${definition.key} (id = ${definition.id}) is suspended)`)
    }
    const row: ProcessInstanceRow = {
      id: ctx.newId(),
      definition_id: definition.id,
      definition_key: definition.key,
      business_key: businessKey,
      state: 'active',
      started_at: ctx.now,
      ended_at: null,
      rev: 1,
      super_execution_id: caller?.executionId ?? null,
      super_process_instance_id: caller?.instanceId ?? null,
    }
    const model = await ctx.model(definition.id)
    const start = startEventId ?? model.startEventId
    if (!start) throw new BadRequestError(`Process ${definition.key} starts only by a message`)
    await ctx.trx('engine_process_instances').insert(row)
    const run = new InstanceRun(ctx, row, model, ExecutionTree.empty(ctx, row.id), VariableScopes.empty(ctx, row.id))
    registry(ctx).set(row.id, run)
    run.#armRootScope = model.eventSubProcessIds.length > 0
    run.enqueue(run.tree.create(null, start), start, 'enter')
    return run
  }

  // ---- variables and expressions ------------------------------------------------------------

  /** Sets variables as Camunda's setVariable does from `executionId` (default: the process instance). */
  async setVariables(variables: Variables, executionId?: string | null): Promise<void> {
    if (Object.keys(variables).length === 0) return
    await this.vars.set(this.tree.scopeChain(executionId ?? null), variables)
  }

  /** Variables on exactly this execution (Camunda's localVariables). */
  async setLocalVariables(variables: Variables, executionId: string): Promise<void> {
    if (Object.keys(variables).length) await this.vars.setLocal(executionId, variables)
  }

  /** What expressions see from an execution: its scopes' variables, the business key and the work calendar counted from now. */
  async contextFor(execution: Execution | null): Promise<ExpressionContext> {
    const visible = await this.vars.lookup(this.tree.scopeChain(execution?.id ?? null))
    return { hasVariable: (name) => visible.has(name), getVariable: (name) => visible.get(name)?.value, businessKey: this.row.business_key, workCalendar: workDaysFrom(this.ctx) }
  }

  async resolveFor(execution: Execution | null, value: string | null): Promise<unknown> {
    if (value === null || !isExpression(value)) return value
    return evaluateExpression(value, await this.contextFor(execution))
  }

  workScope(execution: Execution): WorkScope {
    return { ctx: this.ctx, row: this.row, resolve: (value) => this.resolveFor(execution, value) }
  }

  // ---- the step loop ------------------------------------------------------------------------

  element(id: string): ElementModel {
    const element = this.model.elements.get(id)
    if (!element) throw new ProcessError(`Activity ${id} is not part of process ${this.model.key}`)
    return element
  }

  enqueue(execution: Execution, elementId: string, phase: Phase): void {
    this.#queue.push({ execution, elementId, phase })
  }

  /** Moves the execution waiting at `activityId` on: its activity completed. */
  leaveWaitState(executionId: string, activityId: string): void {
    this.enqueue(this.tree.require(executionId), activityId, 'leave')
  }

  /** Works off every step until each execution waits, joins or ends. Re-entrant calls just queue. */
  async run(): Promise<void> {
    if (this.#running) return
    this.#running = true
    try {
      if (this.#armRootScope) {
        this.#armRootScope = false
        await armEventSubProcesses(this, this.row.id, this.model.eventSubProcessIds)
      }
      while (this.#queue.length && this.row.state === 'active') {
        const { execution, elementId, phase } = this.#queue.shift()!
        const element = this.element(elementId)
        if (phase === 'enter') await this.#enter(execution, element)
        else if (phase === 'start') await this.#start(execution, element)
        else if (phase === 'leave') await this.#leave(execution, element)
        else await this.continueOn(execution, element)
      }
      await this.history.flush()
    } finally {
      this.#running = false
    }
  }

  async #enter(execution: Execution, element: ElementModel): Promise<void> {
    if (element.loop && execution.kind !== 'miInner') return startMultiInstance(this, execution, element)
    if (element.asyncBefore) {
      await this.tree.save(execution, { activityId: element.id, state: 'async' })
      return createAsyncJob(this.workScope(execution), execution.id, element, 'asyncBefore')
    }
    return this.#start(execution, element)
  }

  async #start(execution: Execution, element: ElementModel): Promise<void> {
    const record = this.history.started(execution, element)
    if (element.io?.inputs.length) await applyInputs(this, execution, element.io.inputs)
    switch (element.kind) {
      case 'noneStartEvent':
      case 'messageStartEvent':
      case 'signalStartEvent':
      case 'timerStartEvent':
      case 'errorStartEvent':
      case 'escalationStartEvent':
      case 'exclusiveGateway':
        return this.#leave(execution, element)
      case 'parallelGateway':
        return enterParallelGateway(this, execution, element)
      case 'inclusiveGateway':
        return enterInclusiveGateway(this, execution, element)
      case 'eventBasedGateway':
        return armEventGateway(this, execution, element)
      case 'userTask':
        await this.#wait(execution, element)
        record.task_id = await createTask(this.workScope(execution), execution.id, element)
        return armBoundaries(this, execution, element)
      case 'externalTask':
        await this.#wait(execution, element)
        await createExternalTask(this.workScope(execution), execution.id, element)
        return armBoundaries(this, execution, element)
      case 'subProcess':
        return this.#startSubProcess(execution, element)
      case 'callActivity':
        await this.#wait(execution, element)
        await armBoundaries(this, execution, element)
        record.called_process_instance_id = await startCalledInstance(this, execution, element)
        return
      case 'timerCatchEvent':
        await this.#wait(execution, element)
        return createTimerJob(this.workScope(execution), execution.id, element)
      case 'messageCatchEvent':
      case 'signalCatchEvent':
        await this.#wait(execution, element)
        return subscribeEvent(this.workScope(execution), execution.id, element)
      case 'signalThrowEvent':
        await broadcastSignal(this.ctx, element.signalName!, {}, this)
        return this.#leave(execution, element)
      case 'signalEndEvent':
        await this.consume(execution)
        await broadcastSignal(this.ctx, element.signalName!, {}, this)
        return
      case 'escalationThrowEvent':
        // a non-interrupting catcher lets the thrower go on; an interrupting one has removed it
        await throwEvent(this, execution, { type: 'escalation', code: element.escalationCode!, message: null })
        if (this.tree.get(execution.id)) return this.#leave(execution, element)
        return
      case 'escalationEndEvent':
      case 'errorEndEvent': {
        const thrown: Thrown = element.error ? { type: 'error', ...element.error } : { type: 'escalation', code: element.escalationCode!, message: null }
        await throwEvent(this, execution, thrown)
        if (this.tree.get(execution.id)) await this.consume(execution)
        return
      }
      case 'noneEndEvent':
        return this.consume(execution)
      case 'terminateEndEvent':
        return this.#terminate(execution)
      case 'eventSubProcess':
      case 'timerBoundaryEvent':
      case 'errorBoundaryEvent':
      case 'escalationBoundaryEvent':
      case 'messageBoundaryEvent':
      case 'signalBoundaryEvent':
        throw new ProcessError(`${element.id} cannot be entered by a sequence flow`)
    }
  }

  /** The activity completed: its boundary events and local variables go, outputs are set, then asyncAfter or on. */
  async #leave(execution: Execution, element: ElementModel): Promise<void> {
    if (element.endsPath) return this.consume(execution)
    await this.history.ended(execution)
    if (execution.kind === 'miBody') {
      await this.cancelWorkOf(execution)
      await this.vars.drop(execution.id)
      execution.kind = 'token'
      return this.continueOn(execution, element)
    }
    if (execution.persisted && (element.boundaryIds.length || element.kind === 'subProcess' || element.kind === 'callActivity')) await cancelWork(this.ctx, execution.id)
    if (element.io?.outputs.length) await applyOutputs(this, execution, element.io.outputs)
    // an instance of a multi-instance activity keeps loopCounter for the completion condition; its body drops it
    if (execution.kind !== 'miInner') await this.vars.drop(execution.id, this.mayHaveLocals(execution))
    if (element.asyncAfter) {
      await this.tree.save(execution, { activityId: element.id, state: 'async' })
      return createAsyncJob(this.workScope(execution), execution.id, element, 'asyncAfter')
    }
    return this.continueOn(execution, element)
  }

  /** After an activity and its asyncAfter: back to the multi-instance body, or along the outgoing flows. */
  async continueOn(execution: Execution, element: ElementModel): Promise<void> {
    if (execution.kind === 'miInner') return completeInnerInstance(this, execution, element)
    await this.fork(execution, await selectFlows(this, execution, element, element.kind === 'exclusiveGateway'))
  }

  /** The execution follows the first flow; every other flow gets a new token in the same scope. */
  async fork(execution: Execution, flows: readonly FlowModel[]): Promise<void> {
    const [first, ...others] = flows
    await this.tree.move(execution, first.targetId)
    this.enqueue(execution, first.targetId, 'enter')
    for (const flow of others) this.enqueue(this.tree.create(execution.parentId, flow.targetId), flow.targetId, 'enter')
  }

  async #wait(execution: Execution, element: ElementModel): Promise<void> {
    await this.tree.save(execution, { activityId: element.id, state: 'waiting' })
  }

  async #startSubProcess(execution: Execution, element: ElementModel): Promise<void> {
    await this.tree.save(execution, { activityId: element.id, state: 'scope' })
    await armBoundaries(this, execution, element)
    await armEventSubProcesses(this, execution.id, element.eventSubProcessIds ?? [])
    this.enqueue(this.tree.create(execution.id, element.startEventId!), element.startEventId!, 'enter')
  }

  // ---- ending executions and scopes ---------------------------------------------------------

  /**
   * Whether an execution may hold local variables from an earlier command:
   * only multi-instance executions and executions at an activity with input
   * parameters do (localVariables and outputs live within one command).
   */
  mayHaveLocals(execution: Execution): boolean {
    return execution.kind !== 'token' || Boolean(this.model.elements.get(execution.activityId)?.io)
  }

  /** A token ends normally; when it was the last in its scope, the scope completes. */
  async consume(execution: Execution): Promise<void> {
    await this.history.ended(execution)
    await this.vars.drop(execution.id, this.mayHaveLocals(execution))
    await this.tree.remove(execution)
    await this.#scopeMayComplete(execution.parentId)
  }

  async #scopeMayComplete(scopeId: string | null): Promise<void> {
    if (this.tree.children(scopeId).length) return
    if (scopeId === null) return this.#end('completed')
    const scope = this.tree.get(scopeId)
    // a multi-instance body counts its instances itself
    if (!scope || scope.kind === 'miBody') return
    const element = this.element(scope.activityId)
    if (element.kind === 'eventSubProcess') {
      await this.cancelWorkOf(scope)
      return this.consume(scope)
    }
    this.enqueue(scope, element.id, 'leave')
  }

  /** A terminate end event ends its scope: everything else in it is cancelled, and the scope completes. */
  async #terminate(execution: Execution): Promise<void> {
    const scopeId = execution.parentId
    if (scopeId === null) return this.endNow('completed')
    for (const other of this.tree.descendants(scopeId)) await this.removeExecution(other)
    await this.#scopeMayComplete(scopeId)
  }

  /** Removes an execution that is cancelled: its work, its called instances, its variables, its queued steps. */
  async removeExecution(execution: Execution): Promise<void> {
    await this.history.ended(execution, true)
    await this.cancelWorkOf(execution)
    await this.vars.drop(execution.id, this.mayHaveLocals(execution))
    await this.tree.remove(execution)
    this.#queue = this.#queue.filter((step) => step.execution !== execution)
  }

  /** Everything waiting on one execution: task, external task, jobs, subscriptions and instances it called. */
  async cancelWorkOf(execution: Execution): Promise<void> {
    if (!execution.persisted) return
    await cancelWork(this.ctx, execution.id)
    const called = await this.ctx.trx('engine_process_instances').where({ super_execution_id: execution.id, state: 'active' }).select('id')
    for (const { id } of called) await (await InstanceRun.lock(this.ctx, id)).cancel()
  }

  /** Cancels the instance from outside: nothing of it keeps waiting. */
  cancel(): Promise<void> {
    return this.endNow('terminated')
  }

  /** Ends at once, dropping the steps still queued (a terminate end event, a cancellation). */
  async endNow(state: 'completed' | 'terminated'): Promise<void> {
    this.#queue.length = 0
    await this.#end(state)
  }

  async #end(state: 'completed' | 'terminated'): Promise<void> {
    if (this.row.state !== 'active') return
    this.row.state = state
    this.#queue.length = 0
    if (callsOthers(this.model)) {
      const called = await this.ctx.trx('engine_process_instances').where({ super_process_instance_id: this.row.id, state: 'active' }).select('id')
      for (const { id } of called) await (await InstanceRun.lock(this.ctx, id)).cancel()
    }
    // the last token ended normally: nothing waits any more, only the process-level event sub-process triggers
    const cutShort = state === 'terminated' || this.tree.all().length > 0
    await this.history.instanceEnded(state !== 'completed', cutShort)
    await clearEndedInstance(this.ctx, this.row.id, cutShort, this.model.eventSubProcessIds.length > 0)
    this.tree.clear()
    await this.ctx.trx('engine_process_instances').where('id', this.row.id).update({ state, ended_at: this.ctx.now })
    if (state === 'completed' && this.row.super_execution_id) await calledInstanceCompleted(this)
  }

  /** An async continuation's job ran: the execution goes on where it stopped. */
  async resumeAsync(executionId: string, activityId: string, type: 'asyncBefore' | 'asyncAfter'): Promise<void> {
    const execution = this.tree.require(executionId)
    await this.tree.save(execution, { state: 'active' })
    this.enqueue(execution, activityId, type === 'asyncBefore' ? 'start' : 'continue')
  }
}
