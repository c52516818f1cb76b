import type { CommandContext } from '../context/command_context.js'
import type { ElementModel } from '../model/process_model.js'
import type { ProcessInstanceRow } from '../store/rows.js'
import { parseTimer } from '../timers/index.js'
import { type DueDateAttribute, dueInstant } from '../timers/due_dates.js'
import { ExpressionEvaluationError } from '../expressions/index.js'
import { ProcessError } from '../errors.js'
import { writeTaskLinks } from '../store/task_links.js'

/** What the work creators need from the instance: its command, its row, and expression resolution. */
export interface WorkScope {
  readonly ctx: CommandContext
  readonly row: ProcessInstanceRow
  resolve(value: string | null): Promise<unknown>
}

/** The user task a token waits at, with its history row; assignment, priority and dates may be expressions. */
export async function createTask(scope: WorkScope, executionId: string, element: ElementModel): Promise<string> {
  const { ctx, row } = scope
  const spec = element.userTask!
  const priority = await scope.resolve(spec.priority)
  const due = await dueAt(scope, element, 'dueDate', spec.dueDate)
  const followUp = await dueAt(scope, element, 'followUpDate', spec.followUpDate)
  const task = {
    id: ctx.newId(),
    process_instance_id: row.id,
    execution_id: executionId,
    process_definition_id: row.definition_id,
    task_definition_key: element.id,
    name: element.name,
    assignee: ((await scope.resolve(spec.assignee)) as string | null) ?? null,
    priority: priority === null ? 50 : Number(priority),
    due_at: due,
    follow_up_at: followUp,
  }
  await ctx.trx('engine_tasks').insert({
    ...task,
    candidate_users: ((await scope.resolve(spec.candidateUsers)) as string | null) ?? null,
    candidate_groups: ((await scope.resolve(spec.candidateGroups)) as string | null) ?? null,
    form_key: spec.formKey,
    created_at: ctx.now,
  })
  await ctx.trx('engine_hist_tasks').insert({ ...task, started_at: ctx.now })
  await writeTaskLinks(ctx.trx, task.id)
  return task.id
}

/**
 * A due or follow-up instant from its attribute. An expression that fails
 * while running (`${workCalendar.dueIn(0)}`) fails the command naming the
 * element, as a value that is no date does.
 */
async function dueAt(scope: WorkScope, element: ElementModel, attribute: DueDateAttribute, source: string | null): Promise<number | null> {
  let value: unknown
  try {
    value = await scope.resolve(source)
  } catch (error) {
    if (error instanceof ExpressionEvaluationError) throw new ProcessError(`元素 ${element.id}：camunda:${attribute} 的表达式 ${source} 求值失败：${error.detail}`, { cause: error })
    throw error
  }
  return dueInstant({ value, elementId: element.id, attribute, now: scope.ctx.now, zone: scope.ctx.zone })
}

/** The external task a token waits at; long-polling workers on its topic are woken after commit. */
export async function createExternalTask(scope: WorkScope, executionId: string, element: ElementModel): Promise<void> {
  const { ctx, row } = scope
  const spec = element.externalTask!
  const priority = await scope.resolve(spec.priority)
  const topic = String(await scope.resolve(spec.topic))
  await ctx.trx('engine_external_tasks').insert({
    id: ctx.newId(),
    process_instance_id: row.id,
    execution_id: executionId,
    process_definition_id: row.definition_id,
    process_definition_key: row.definition_key,
    activity_id: element.id,
    business_key: row.business_key,
    topic,
    priority: priority === null ? 0 : Number(priority),
    created_at: ctx.now,
  })
  ctx.afterCommit(() => ctx.notifyTopic?.(topic))
}

/** A timer job for the token at a timer catch event, or at the activity a boundary timer sits on. */
export async function createTimerJob(scope: WorkScope, executionId: string, element: ElementModel): Promise<void> {
  const { ctx, row } = scope
  const timer = element.timer!
  const value = String(await scope.resolve(timer.value))
  const dueAt = parseTimer(timer.kind, value, { zone: ctx.zone }).firstDue(new Date(ctx.now)).getTime()
  await ctx.trx('engine_jobs').insert({
    id: ctx.newId(),
    type: 'timer',
    process_instance_id: row.id,
    execution_id: executionId,
    activity_id: element.id,
    timer_kind: timer.kind,
    timer_value: value,
    due_at: dueAt,
    created_at: ctx.now,
  })
  ctx.afterCommit(() => ctx.notifyJob?.(dueAt))
}

/** A message or signal subscription for the token at a catch event, or at the activity a boundary event sits on. */
export async function subscribeEvent(scope: WorkScope, executionId: string, element: ElementModel): Promise<void> {
  const { ctx, row } = scope
  await ctx.trx('engine_event_subscriptions').insert({
    id: ctx.newId(),
    type: element.signalName ? 'signal' : 'message',
    event_name: element.signalName ?? element.messageName!,
    process_instance_id: row.id,
    execution_id: executionId,
    activity_id: element.id,
    process_definition_id: row.definition_id,
    created_at: ctx.now,
  })
}

/** Removes everything waiting on one token: its task (its history says deleted), external task, timers and subscriptions. */
export async function cancelWork(ctx: CommandContext, executionId: string): Promise<void> {
  await ctx.trx('engine_hist_tasks').where('execution_id', executionId).whereNull('ended_at').update({ ended_at: ctx.now, delete_reason: 'deleted' })
  for (const table of ['engine_tasks', 'engine_external_tasks', 'engine_jobs', 'engine_event_subscriptions']) {
    await ctx.trx(table).where('execution_id', executionId).delete()
  }
}

/** An async continuation: the execution rests here, and the job executor carries it on in a new transaction. */
export async function createAsyncJob(scope: WorkScope, executionId: string, element: ElementModel, type: 'asyncBefore' | 'asyncAfter'): Promise<void> {
  const { ctx, row } = scope
  await ctx.trx('engine_jobs').insert({
    id: ctx.newId(),
    type,
    process_instance_id: row.id,
    process_definition_id: row.definition_id,
    execution_id: executionId,
    activity_id: element.id,
    due_at: ctx.now,
    created_at: ctx.now,
  })
  ctx.afterCommit(() => ctx.notifyJob?.(ctx.now))
}
