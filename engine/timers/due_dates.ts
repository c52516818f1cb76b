import { ProcessError } from '../errors.js'
import { parseTimer } from './schedule.js'

/** Which user task attribute a value came from, for the error message. */
export type DueDateAttribute = 'dueDate' | 'followUpDate'

export interface DueDateInput {
  /** the resolved attribute: a literal, or what its expression gave */
  value: unknown
  elementId: string
  attribute: DueDateAttribute
  /** the task's creation instant (the engine clock), which a duration counts from */
  now: number
  /** the zone for a date without an offset (ENGINE_TIMEZONE) */
  zone: string
}

/**
 * A user task's due or follow-up instant, read as Camunda 7's
 * DueDateBusinessCalendar does: a text starting with P is an ISO 8601
 * duration from now (P3D, PT4H), anything else an ISO 8601 date; a Date
 * value is taken as it is. Empty means none. Anything else fails naming the
 * element, instead of storing NaN.
 */
export function dueInstant(input: DueDateInput): number | null {
  const { value, elementId, attribute } = input
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime()
  if (typeof value !== 'string') throw invalid(elementId, attribute, String(value), `不是文本或日期（${typeof value}）`)
  // Camunda's own date format writes the offset without a colon (+0800)
  const text = value.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2')
  try {
    return parseTimer('timeDate', text, { zone: input.zone }).firstDue(new Date(input.now)).getTime()
  } catch (error) {
    throw invalid(elementId, attribute, value, (error as Error).message)
  }
}

function invalid(elementId: string, attribute: DueDateAttribute, value: string, reason: string): ProcessError {
  return new ProcessError(`元素 ${elementId}：camunda:${attribute} 的值 "${value}" 既不是 ISO 8601 日期也不是 ISO 8601 时长（如 P3D、PT4H）：${reason}`)
}
