import { DateTime } from 'luxon'

/**
 * The port the engine asks which days are worked (工作日): the host decides
 * (statutory holidays, adjusted workdays); the engine only counts. It is
 * synchronous because expressions evaluate synchronously, so a host keeps its
 * dates in memory.
 */
export interface WorkCalendar {
  /** `date` is a calendar date `YYYY-MM-DD` in the engine zone */
  isWorkingDay(date: string): boolean
}

/** Monday to Friday: the calendar when the host passes none, and the base a host's holidays adjust. */
export const weekdayCalendar: WorkCalendar = {
  isWorkingDay: (date) => DateTime.fromISO(date, { zone: 'UTC' }).weekday <= 5,
}

/** The largest `workCalendar.dueIn(n)`: a year of working days is already more than any statutory deadline. */
export const MAX_WORKING_DAYS = 365

// A calendar that works too few days (a bad holiday list) must fail, never loop: three years is far beyond 365 working days.
const SEARCH_LIMIT_DAYS = 3 * 366

export interface WorkingDaysInput {
  /** the instant counting starts from (the task's creation), epoch ms */
  from: number
  /** a whole number of working days, 1…MAX_WORKING_DAYS */
  days: number
  /** the IANA zone whose calendar days are counted (ENGINE_TIMEZONE) */
  zone: string
  calendar: WorkCalendar
}

/**
 * The end of the `days`-th working day after the day `from` falls on, in
 * `zone`: counting starts on the next working day after that day, and the
 * deadline is 24:00 of the last one (the next day's 00:00), so "3 个工作日内"
 * from a Friday ends when Wednesday ends. Epoch ms.
 */
export function workingDaysDue(input: WorkingDaysInput): number {
  const { days, calendar } = input
  if (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS) {
    throw new RangeError(`工作日天数必须是 1 到 ${MAX_WORKING_DAYS} 之间的整数（见到的是 ${days}）`)
  }
  const start = DateTime.fromMillis(input.from, { zone: input.zone }).startOf('day')
  let counted = 0
  for (let offset = 1; offset <= SEARCH_LIMIT_DAYS; offset++) {
    const day = start.plus({ days: offset })
    if (!calendar.isWorkingDay(day.toISODate()!)) continue
    counted++
    // plus one calendar day, then the start of that day: 24:00 even on a day with a DST change
    if (counted === days) return day.plus({ days: 1 }).startOf('day').toMillis()
  }
  throw new RangeError(`工作日历在 ${SEARCH_LIMIT_DAYS} 天内不足 ${days} 个工作日，请检查节假日设置`)
}

/** `workingDaysDue` bound to a command's now, zone and calendar: what the identifier `workCalendar` calls. */
export function workDaysFrom(ctx: { now: number; zone: string; workCalendar: WorkCalendar }): { dueIn(days: number): Date } {
  return { dueIn: (days) => new Date(workingDaysDue({ from: ctx.now, days, zone: ctx.zone, calendar: ctx.workCalendar })) }
}
