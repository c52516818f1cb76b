import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { readCandidates, writeCandidates } from '../../store/candidate_lists.js'
import type { TaskRow } from '../../store/rows.js'
import { findActiveTask } from './lookup.js'
import { writeTaskLinks } from '../../store/task_links.js'

/** One of Camunda's task identity links: a user or a group, and what it is to the task. */
export interface IdentityLinkInput {
  taskId: string
  userId?: string | null
  groupId?: string | null
  type: string
}

/**
 * Camunda's checks (IdentityLinkDto.validate, AbstractAddIdentityLinkCmd):
 * a user or a group, not both; assignee and owner are users. Other link types
 * than candidate, assignee and owner have no place in our tasks' rows.
 */
function checked(input: IdentityLinkInput): { userId: string | null; groupId: string | null } {
  const userId = input.userId ?? null
  const groupId = input.groupId ?? null
  if (userId !== null && groupId !== null) throw new BadRequestError('Identity Link requires userId or groupId, but not both.')
  if (userId === null && groupId === null) throw new BadRequestError('Identity Link requires userId or groupId.')
  if ((input.type === 'assignee' || input.type === 'owner') && groupId !== null) {
    throw new BadRequestError(`Incompatible usage: cannot use type '${input.type}' together with a groupId`)
  }
  if (!['assignee', 'owner', 'candidate'].includes(input.type)) {
    throw new BadRequestError(`Identity link type '${input.type}' is not supported; use candidate, assignee or owner`)
  }
  return { userId, groupId }
}

/** The column a candidate link lives in, with the list after `change`. */
function candidateUpdate(task: TaskRow, link: { userId: string | null; groupId: string | null }, change: (list: string[], id: string) => string[]) {
  if (link.userId !== null) return { candidate_users: writeCandidates(change(readCandidates(task.candidate_users), link.userId)) }
  return { candidate_groups: writeCandidates(change(readCandidates(task.candidate_groups), link.groupId!)) }
}

/** Adds a candidate user or group, or sets the assignee or owner (Camunda's addUserIdentityLink / addGroupIdentityLink). */
export const addIdentityLink = defineCommand('task.addIdentityLink', async (ctx, input: IdentityLinkInput) => {
  const link = checked(input)
  const task = await findActiveTask(ctx, input.taskId)
  const changes =
    input.type === 'candidate'
      ? candidateUpdate(task, link, (list, id) => (list.includes(id) ? list : [...list, id]))
      : { [input.type]: link.userId }
  await ctx.trx('engine_tasks').where('id', task.id).update(changes)
  await writeTaskLinks(ctx.trx, task.id)
})

/** Removes a candidate user or group, or clears the assignee or owner. */
export const deleteIdentityLink = defineCommand('task.deleteIdentityLink', async (ctx, input: IdentityLinkInput) => {
  const link = checked(input)
  const task = await findActiveTask(ctx, input.taskId)
  const changes = input.type === 'candidate' ? candidateUpdate(task, link, (list, id) => list.filter((entry) => entry !== id)) : { [input.type]: null }
  await ctx.trx('engine_tasks').where('id', task.id).update(changes)
  await writeTaskLinks(ctx.trx, task.id)
})
