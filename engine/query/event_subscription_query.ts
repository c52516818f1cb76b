import type { Knex } from 'knex'
import { type EventSubscriptionRow, millis } from '../store/rows.js'
import { type Page, countOf, pageQuery } from './page.js'

/** GET /event-subscription's filters (Camunda's EventSubscriptionQueryDto). */
export interface EventSubscriptionFilter extends Page {
  eventSubscriptionId?: string
  eventType?: string
  eventName?: string
  processInstanceId?: string
  executionId?: string
  activityId?: string
}

function filtered(knex: Knex, filter: EventSubscriptionFilter): Knex.QueryBuilder {
  const query = knex('engine_event_subscriptions')
  const equal = { id: filter.eventSubscriptionId, type: filter.eventType, event_name: filter.eventName, process_instance_id: filter.processInstanceId, execution_id: filter.executionId, activity_id: filter.activityId }
  for (const [column, value] of Object.entries(equal)) if (value !== undefined) query.where(column, value)
  return query
}

/** Message and signal subscriptions, oldest first: waiting events, and the start events of the newest definitions. */
export async function findEventSubscriptions(knex: Knex, filter: EventSubscriptionFilter): Promise<EventSubscriptionRow[]> {
  const rows = (await pageQuery(filtered(knex, filter).orderBy('created_at').orderBy('id'), filter)) as EventSubscriptionRow[]
  return rows.map((row) => ({ ...row, created_at: millis(row.created_at)! }))
}

/** How many subscriptions match (GET /event-subscription/count). */
export function countEventSubscriptions(knex: Knex, filter: EventSubscriptionFilter): Promise<number> {
  return countOf(filtered(knex, filter))
}
