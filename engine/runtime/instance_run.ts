import type { CommandContext } from '../context/command_context.js'
import { BadRequestError, NotFoundError, OptimisticLockError, ProcessError } from '../errors.js'
import { evaluateCondition, evaluateExpression, isExpression } from '../expressions/index.js'
import type { ElementModel, FlowModel, ProcessModel } from '../model/process_model.js'
import { canReach } from '../model/reachability.js'
import type { ProcessInstanceRow } from '../store/rows.js'
import { type TypedValue, type Variables, storedText, storedVariable } from './variables.js'
import { type WorkScope, cancelWork, createExternalTask, createTask, createTimerJob, subscribeEvent } from './wait_work.js'

interface Token {
  id: string
  persisted: boolean
}

/**
 * One process instance inside one command: its row (locked by a revision
 * bump), its variables and the tokens the command moves. Behaviours live in
 * `enter`; everything is written through the command's transaction.
 */
export class InstanceRun {
  #variables: Map<string, TypedValue> | null = null
  #queue: { token: Token; elementId: string; leave?: boolean }[] = []

  private constructor(
    private ctx: CommandContext,
    readonly row: ProcessInstanceRow,
    readonly model: ProcessModel
  ) {}

  /** Takes the instance's optimistic lock: a concurrent command on it fails and is retried. */
  static async lock(ctx: CommandContext, instanceId: string): Promise<InstanceRun> {
    const row = (await ctx.trx('engine_process_instances').where('id', instanceId).first()) as ProcessInstanceRow | undefined
    if (!row) throw new NotFoundError(`Process instance ${instanceId} does not exist`)
    if (row.state !== 'active') throw new BadRequestError(`Process instance ${instanceId} has ended`)
    const bumped = await ctx.trx('engine_process_instances').where({ id: row.id, rev: row.rev }).update({ rev: row.rev + 1 })
    if (bumped === 0) throw new OptimisticLockError(`Process instance ${instanceId} was changed concurrently`)
    return new InstanceRun(ctx, { ...row, rev: row.rev + 1 }, await ctx.model(row.definition_id))
  }

  /** Creates an instance row; `run()` then starts it at its start event. */
  static async create(
    ctx: CommandContext,
    definition: { id: string; key: string },
    businessKey: string | null,
    startEventId?: string
  ): Promise<InstanceRun> {
    const row: ProcessInstanceRow = {
      id: ctx.newId(),
      definition_id: definition.id,
      definition_key: definition.key,
      business_key: businessKey,
      state: 'active',
      started_at: ctx.now,
      ended_at: null,
      rev: 1,
    }
    await ctx.trx('engine_process_instances').insert(row)
    const run = new InstanceRun(ctx, row, await ctx.model(definition.id))
    run.#variables = new Map()
    const start = startEventId ?? run.model.startEventId
    if (!start) throw new BadRequestError(`Process ${definition.key} starts only by a message`)
    run.#queue.push({ token: { id: ctx.newId(), persisted: false }, elementId: start })
    return run
  }

  async variables(): Promise<Map<string, TypedValue>> {
    if (!this.#variables) {
      const rows = await this.ctx.trx('engine_variables').where('process_instance_id', this.row.id)
      this.#variables = new Map(rows.map((r) => [r.name, storedVariable(r)]))
    }
    return this.#variables
  }

  /** Upserts variables at process-instance scope. */
  async setVariables(variables: Variables): Promise<void> {
    const current = await this.variables()
    for (const [name, typed] of Object.entries(variables)) {
      const stored = { type: typed.type, value: storedText(typed) }
      if (current.has(name)) {
        await this.ctx.trx('engine_variables').where({ process_instance_id: this.row.id, name }).update(stored)
      } else {
        await this.ctx.trx('engine_variables').insert({ process_instance_id: this.row.id, name, ...stored })
      }
      current.set(name, typed)
    }
  }

  /** Moves the token waiting at `activityId` on along its outgoing flows. */
  leaveWaitState(executionId: string, activityId: string): void {
    this.#queue.push({ token: { id: executionId, persisted: true }, elementId: activityId, leave: true })
  }

  /** Works off every queued token until each waits, joins or ends; then ends the instance if none is left. */
  async run(): Promise<void> {
    while (this.#queue.length) {
      const { token, elementId, leave } = this.#queue.shift()!
      const element = this.#element(elementId)
      if (leave) await this.#leave(token, element)
      else await this.#enter(token, element)
    }
    const remaining = await this.ctx.trx('engine_executions').where('process_instance_id', this.row.id).count('* as n').first()
    if (Number(remaining?.n ?? 0) === 0) await this.#end('completed')
  }

  #element(id: string): ElementModel {
    const element = this.model.elements.get(id)
    if (!element) throw new ProcessError(`Activity ${id} is not part of process ${this.model.key}`)
    return element
  }

  async #enter(token: Token, element: ElementModel): Promise<void> {
    switch (element.kind) {
      case 'noneStartEvent':
      case 'messageStartEvent':
      case 'signalStartEvent':
      case 'timerStartEvent':
      case 'exclusiveGateway':
        return this.#leave(token, element)
      case 'parallelGateway':
        return this.#parallel(token, element)
      case 'inclusiveGateway':
        return this.#inclusive(token, element)
      case 'eventBasedGateway':
        return this.#armEventGateway(token, element)
      case 'userTask':
        await this.#wait(token, element)
        await createTask(this.#scope(), token.id, element)
        return this.#armBoundaries(token, element)
      case 'externalTask':
        await this.#wait(token, element)
        await createExternalTask(this.#scope(), token.id, element)
        return this.#armBoundaries(token, element)
      case 'timerCatchEvent':
        await this.#wait(token, element)
        return createTimerJob(this.#scope(), token.id, element)
      case 'messageCatchEvent':
      case 'signalCatchEvent':
        await this.#wait(token, element)
        return subscribeEvent(this.#scope(), token.id, element)
      case 'signalThrowEvent':
        await InstanceRun.broadcastSignal(this.ctx, element.signalName!, {}, this)
        return this.#leave(token, element)
      case 'signalEndEvent':
        await this.#consume(token)
        await InstanceRun.broadcastSignal(this.ctx, element.signalName!, {}, this)
        return
      case 'timerBoundaryEvent':
      case 'errorBoundaryEvent':
      case 'messageBoundaryEvent':
      case 'signalBoundaryEvent':
        throw new ProcessError(`Boundary event ${element.id} cannot be entered by a sequence flow`)
      case 'noneEndEvent':
        return this.#consume(token)
      case 'terminateEndEvent':
        await this.#consume(token)
        return this.#endNow('completed')
    }
  }

  async #leave(token: Token, element: ElementModel): Promise<void> {
    if (element.endsPath) return this.#consume(token)
    // what is left armed for a token leaving an activity is its boundary events
    if (element.boundaryIds.length && token.persisted) await cancelWork(this.ctx, token.id)
    await this.#fork(token, await this.#selectFlows(element, element.kind === 'exclusiveGateway'))
  }

  /**
   * The outgoing flows to take: those without a condition or whose condition
   * holds, in document order (only the first for an exclusive gateway), else
   * the default flow.
   */
  async #selectFlows(element: ElementModel, firstOnly: boolean): Promise<FlowModel[]> {
    const context = await this.#expressionContext()
    const taken: FlowModel[] = []
    for (const id of element.outgoing) {
      if (id === element.defaultFlowId) continue
      const flow = this.model.flows.get(id)!
      if (flow.condition && !evaluateCondition(flow.condition, context)) continue
      taken.push(flow)
      if (firstOnly) break
    }
    if (taken.length === 0 && element.defaultFlowId) taken.push(this.model.flows.get(element.defaultFlowId)!)
    if (taken.length === 0) throw new ProcessError(`No outgoing sequence flow for the element with id '${element.id}' could be selected for continuing the process`)
    return taken
  }

  /** The token follows the first flow; every other flow gets a new token. */
  async #fork(token: Token, flows: readonly FlowModel[]): Promise<void> {
    const [first, ...others] = flows
    await this.#moveTo(token, first.targetId)
    for (const flow of others) this.#queue.push({ token: { id: this.ctx.newId(), persisted: false }, elementId: flow.targetId })
  }

  async #moveTo(token: Token, targetId: string): Promise<void> {
    if (token.persisted) await this.ctx.trx('engine_executions').where('id', token.id).update({ activity_id: targetId, state: 'active' })
    this.#queue.push({ token, elementId: targetId })
  }

  /** A join waits until a token has arrived on every incoming flow, then forks on. */
  async #parallel(token: Token, element: ElementModel): Promise<void> {
    if (element.incoming.length > 1) {
      const joined = await this.ctx.trx('engine_executions').where({ process_instance_id: this.row.id, activity_id: element.id, state: 'joining' }).select('id')
      if (joined.length + 1 < element.incoming.length) {
        await this.#persist(token, element.id, 'joining')
        return
      }
      await this.ctx.trx('engine_executions').whereIn('id', joined.map((j) => j.id)).delete()
    }
    // a parallel gateway ignores conditions: every outgoing flow is taken
    await this.#fork(token, element.outgoing.map((id) => this.model.flows.get(id)!))
  }

  /**
   * An inclusive join fires when no other token of the instance can still
   * reach it (Camunda 7's rule); then it forks on every true condition, or
   * the default flow.
   */
  async #inclusive(token: Token, element: ElementModel): Promise<void> {
    if (element.incoming.length > 1) {
      await this.#persist(token, element.id, 'joining')
      const others = await this.ctx.trx('engine_executions').where('process_instance_id', this.row.id).whereNot((q) => q.where({ state: 'joining', activity_id: element.id })).select('activity_id')
      const positions = [...others.map((o) => o.activity_id as string), ...this.#queue.map((q) => q.elementId)]
      if (positions.some((position) => canReach(this.model, position, element.id))) return
      const joined = await this.ctx.trx('engine_executions').where({ process_instance_id: this.row.id, activity_id: element.id, state: 'joining' }).whereNot('id', token.id).select('id')
      await this.ctx.trx('engine_executions').whereIn('id', joined.map((j) => j.id)).delete()
    }
    return this.#leave(token, element)
  }

  /** The token waits at the gateway with every following catch event armed; the first to occur wins. */
  async #armEventGateway(token: Token, element: ElementModel): Promise<void> {
    await this.#wait(token, element)
    for (const flowId of element.outgoing) {
      const event = this.#element(this.model.flows.get(flowId)!.targetId)
      if (event.timer) await createTimerJob(this.#scope(), token.id, event)
      else await subscribeEvent(this.#scope(), token.id, event)
    }
  }

  /** A catch event occurred for a waiting token: anything else armed for it (after an event gateway) is withdrawn. */
  async catchEventOccurred(executionId: string, eventId: string): Promise<void> {
    await cancelWork(this.ctx, executionId)
    this.leaveWaitState(executionId, eventId)
  }

  async #persist(token: Token, activityId: string, state: 'waiting' | 'joining'): Promise<void> {
    if (token.persisted) {
      await this.ctx.trx('engine_executions').where('id', token.id).update({ activity_id: activityId, state })
    } else {
      await this.ctx.trx('engine_executions').insert({ id: token.id, process_instance_id: this.row.id, activity_id: activityId, state, created_at: this.ctx.now })
      token.persisted = true
    }
  }

  #wait(token: Token, element: ElementModel): Promise<void> {
    return this.#persist(token, element.id, 'waiting')
  }

  async #consume(token: Token): Promise<void> {
    if (token.persisted) await this.ctx.trx('engine_executions').where('id', token.id).delete()
  }

  /** Cancels the instance from outside: nothing of it keeps waiting. */
  cancel(): Promise<void> {
    return this.#endNow('terminated')
  }

  /** Ends at once, dropping the tokens still queued (a terminate end event, a cancellation). */
  async #endNow(state: 'completed' | 'terminated'): Promise<void> {
    this.#queue.length = 0
    await this.#end(state)
  }

  async #end(state: 'completed' | 'terminated'): Promise<void> {
    for (const table of ['engine_tasks', 'engine_external_tasks', 'engine_jobs', 'engine_event_subscriptions', 'engine_executions']) {
      await this.ctx.trx(table).where('process_instance_id', this.row.id).delete()
    }
    await this.ctx.trx('engine_process_instances').where('id', this.row.id).update({ state, ended_at: this.ctx.now })
    this.row.state = state
  }

  async #armBoundaries(token: Token, element: ElementModel): Promise<void> {
    for (const id of element.boundaryIds) {
      const boundary = this.#element(id)
      if (boundary.timer) await createTimerJob(this.#scope(), token.id, boundary)
      if (boundary.messageName || boundary.signalName) await subscribeEvent(this.#scope(), token.id, boundary)
    }
  }

  /**
   * A boundary timer fired. Interrupting: the activity's task goes and its
   * token leaves through the boundary event. Otherwise a new token leaves
   * through it and the activity keeps waiting.
   */
  async fireBoundary(executionId: string, boundary: ElementModel): Promise<void> {
    if (!boundary.cancelActivity) {
      this.#queue.push({ token: { id: this.ctx.newId(), persisted: false }, elementId: boundary.id, leave: true })
      return
    }
    await cancelWork(this.ctx, executionId)
    await this.ctx.trx('engine_executions').where('id', executionId).update({ activity_id: boundary.id, state: 'active' })
    this.#queue.push({ token: { id: executionId, persisted: true }, elementId: boundary.id, leave: true })
  }

  /**
   * A BPMN error thrown at the activity the token waits at. The error
   * boundary event for its code (else a catch-all one) takes the token; with
   * none, the execution simply ends, as Camunda does by default.
   */
  async throwError(executionId: string, activityId: string, error: { code: string; message: string | null }): Promise<void> {
    const catchers = this.#element(activityId).boundaryIds.map((id) => this.#element(id)).filter((b) => b.errorCatch)
    const boundary = catchers.find((b) => b.errorCatch!.code === error.code) ?? catchers.find((b) => b.errorCatch!.code === null)
    if (!boundary) {
      await cancelWork(this.ctx, executionId)
      await this.ctx.trx('engine_executions').where('id', executionId).delete()
      return
    }
    const { codeVariable, messageVariable } = boundary.errorCatch!
    if (codeVariable) await this.setVariables({ [codeVariable]: { type: 'String', value: error.code } })
    if (messageVariable) await this.setVariables({ [messageVariable]: { type: error.message === null ? 'Null' : 'String', value: error.message } })
    await this.fireBoundary(executionId, boundary)
  }

  /** A message or signal arrived for the subscription at `activityId`: a catch event moves on, a boundary event fires. */
  async receiveEvent(executionId: string, activityId: string): Promise<void> {
    const element = this.#element(activityId)
    const keep = element.attachedToId && !element.cancelActivity
    if (!keep) await this.ctx.trx('engine_event_subscriptions').where({ execution_id: executionId, activity_id: activityId }).delete()
    if (element.kind.endsWith('CatchEvent')) await this.catchEventOccurred(executionId, activityId)
    else await this.fireBoundary(executionId, element)
  }

  /**
   * Broadcasts a signal in the caller's transaction, as Camunda does: every
   * waiting catcher in every instance receives it, and every process whose
   * start event waits for it starts. `from` is the instance throwing it,
   * already locked by this command.
   */
  static async broadcastSignal(ctx: CommandContext, name: string, variables: Variables, from?: InstanceRun): Promise<string[]> {
    const subscriptions = await ctx.trx('engine_event_subscriptions').where({ type: 'signal', event_name: name }).orderBy('created_at')
    const runs = new Map<string, InstanceRun>(from ? [[from.row.id, from]] : [])
    const started: string[] = []
    for (const subscription of subscriptions) {
      if (!subscription.process_instance_id) {
        const definition = await ctx.trx('engine_process_definitions').where('id', subscription.process_definition_id).first()
        const run = await InstanceRun.create(ctx, definition, null, subscription.activity_id)
        await run.setVariables(variables)
        await run.run()
        started.push(run.row.id)
        continue
      }
      let run = runs.get(subscription.process_instance_id)
      if (!run) {
        run = await InstanceRun.lock(ctx, subscription.process_instance_id)
        runs.set(run.row.id, run)
        await run.setVariables(variables)
      }
      await run.receiveEvent(subscription.execution_id, subscription.activity_id)
    }
    for (const run of runs.values()) if (run !== from) await run.run()
    return started
  }

  #scope(): WorkScope {
    return { ctx: this.ctx, row: this.row, resolve: (value) => this.#resolve(value) }
  }

  async #resolve(value: string | null): Promise<unknown> {
    if (value === null || !isExpression(value)) return value
    return evaluateExpression(value, await this.#expressionContext())
  }

  async #expressionContext() {
    const variables = await this.variables()
    return {
      hasVariable: (name: string) => variables.has(name),
      getVariable: (name: string) => variables.get(name)?.value,
      businessKey: this.row.business_key,
    }
  }
}
