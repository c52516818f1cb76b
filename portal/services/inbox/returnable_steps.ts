import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { engineQueries } from '#services/engine/engine'
import { findCaseTask } from './case_task.js'

/** The earlier steps a task may be returned to (退回), for a caller who may see its case (404 otherwise). */
export async function returnableSteps(taskId: string, access: Access): Promise<{ id: string; name: string | null }[]> {
  await findCaseTask(taskId, access, db.connection())
  const activities = await engineQueries().returnableActivities(taskId)
  return activities.map((activity) => ({ id: activity.activityId, name: activity.name }))
}
