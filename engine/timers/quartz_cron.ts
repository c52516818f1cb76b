import { CronExpressionParser } from 'cron-parser'
import { DateTime } from 'luxon'
import { TimerDefinitionError } from './errors.js'
import { reasonOf } from './zoned.js'
import type { TimerSchedule } from './schedule.js'

const KIND = 'timeCycle'
// Quartz's year field range
const FIRST_YEAR = 1970
const LAST_YEAR = 2099
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

/**
 * A Quartz cron as Camunda accepts it (`sec min hour day-of-month month day-of-week [year]`,
 * `?` in one day field), evaluated in `zone`. Unbounded, unless a year field runs out.
 */
export function parseQuartzCron(source: string, zone: string): TimerSchedule {
  const fields = source.toUpperCase().split(/\s+/)
  if (fields.length < 6 || fields.length > 7) {
    fail(source, 'a Quartz cron has 6 or 7 fields: seconds first, an optional year last')
  }
  const [second, minute, hour, dayOfMonth, month, dayOfWeek, year] = fields
  // Quartz refuses both day fields set (or both '?'); cron-parser would OR them silently
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    fail(source, "exactly one of day-of-month and day-of-week must be '?'")
  }
  if (fields.some((field) => /\bH\b/.test(field))) {
    fail(source, "'H' is cron-parser's random jitter, not Quartz: the schedule would be random")
  }
  const weekday = dayOfWeek
    .split(',')
    .map((item) => weekdayItem(source, item))
    .join(',')
  const expression = [second, minute, hour, dayOfMonth, month, weekday].join(' ')
  const years = year === undefined || year === '*' || year === '?' ? null : yearList(source, year)

  const occurrenceAfter = (after: Date): Date =>
    CronExpressionParser.parse(expression, { currentDate: after, tz: zone }).next().toDate()

  // the next occurrence strictly after `after` whose year the 7th field allows, or null
  const nextAfter = (after: Date): Date | null => {
    let cursor = after
    // each pass jumps to a later allowed year, so there are at most as many passes as years
    for (let pass = 0; pass <= LAST_YEAR - FIRST_YEAR + 1; pass++) {
      const due = attempt(source, () => occurrenceAfter(cursor))
      if (years === null) return due
      const dueYear = DateTime.fromJSDate(due, { zone }).year
      if (years.includes(dueYear)) return due
      const nextYear = years.find((y) => y > dueYear)
      if (nextYear === undefined) return null
      const newYear = DateTime.fromObject({ year: nextYear }, { zone })
      cursor = newYear.minus({ milliseconds: 1 }).toJSDate()
    }
    return null
  }

  // refuse at parse time what cron-parser refuses (bad ranges, W, L-n, Feb 30…)
  attempt(source, () => occurrenceAfter(new Date(0)))

  return {
    kind: KIND,
    source,
    repetitions: null,
    // nothing left (a past year field) means due at once, as Camunda acquires a null due date
    firstDue: (from) => nextAfter(from) ?? from,
    nextDue: (lastDue) => nextAfter(lastDue),
  }
}

/**
 * One day-of-week item rewritten for cron-parser: Quartz counts 1 = SUN … 7 = SAT and lets ranges
 * wrap (FRI-MON), cron-parser counts 0 = SUN, so ranges and steps become explicit lists.
 */
function weekdayItem(source: string, item: string): string {
  if (item === '*' || item === '?') return item
  // a bare L in Quartz's day-of-week means the last day of the week, Saturday
  if (item === 'L') return '6'
  const special = /^([A-Z]+|\d+)(L|#[1-5])$/.exec(item)
  if (special) return `${quartzDay(source, special[1]) - 1}${special[2]}`

  const plain = /^(?:(\*)|([A-Z]+|\d+)(?:-([A-Z]+|\d+))?)(?:\/(\d+))?$/.exec(item)
  if (!plain) fail(source, `day-of-week item "${item}" is not a Quartz weekday expression`)
  const [, all, from, to, stepText] = plain
  const first = all ? 1 : quartzDay(source, from)
  const last = to ? quartzDay(source, to) : all || stepText ? 7 : first
  const step = stepText ? Number(stepText) : 1
  if (step < 1) fail(source, `day-of-week step "${item}" must be at least 1`)

  const span = ((last - first + 7) % 7) + 1
  const days: number[] = []
  for (let offset = 0; offset < span; offset += step) days.push((first - 1 + offset) % 7)
  return days.join(',')
}

/** A Quartz weekday (1-7 or SUN-SAT) as 1 = SUN … 7 = SAT. */
function quartzDay(source: string, token: string): number {
  const named = WEEKDAYS.indexOf(token)
  if (named >= 0) return named + 1
  const day = Number(token)
  if (!Number.isInteger(day) || day < 1 || day > 7) {
    fail(source, `day-of-week "${token}" is not 1-7 (1 = SUN) or SUN-SAT`)
  }
  return day
}

/** The years a Quartz year field allows (`2027`, `2027,2029`, `2027-2030`, `*\/2`), sorted. */
function yearList(source: string, field: string): number[] {
  const years = new Set<number>()
  for (const item of field.split(',')) {
    const match = /^(?:(\*)|(\d{4})(?:-(\d{4}))?)(?:\/(\d+))?$/.exec(item)
    if (!match) fail(source, `year "${item}" is not a year, a range or a step`)
    const [, all, fromText, toText, stepText] = match
    const from = all ? FIRST_YEAR : Number(fromText)
    const to = toText ? Number(toText) : all || stepText ? LAST_YEAR : from
    const step = stepText ? Number(stepText) : 1
    if (from < FIRST_YEAR || to > LAST_YEAR || from > to || step < 1) {
      fail(source, `year "${item}" must lie within ${FIRST_YEAR}-${LAST_YEAR}`)
    }
    for (let y = from; y <= to; y += step) years.add(y)
  }
  return [...years].sort((a, b) => a - b)
}

function attempt<T>(source: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    fail(source, reasonOf(error), error)
  }
}

function fail(value: string, reason: string, cause?: unknown): never {
  throw new TimerDefinitionError({ kind: KIND, value, reason, cause })
}
