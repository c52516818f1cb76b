import { parseInterval } from '@0dep/piso'
import type { ISOInterval } from '@0dep/piso'
import type { DurationLikeObject } from 'luxon'
import { TimerDefinitionError } from './errors.js'
import { addDuration, durationParts, reasonOf, toInstant } from './zoned.js'
import type { TimerSchedule } from './schedule.js'

const KIND = 'timeCycle'
// the search below never looks past this many repetitions of an unbounded cycle
const UNBOUNDED = 2 ** 45

interface Cycle {
  source: string
  zone: string
  count: number | null
  period: DurationLikeObject
}

/**
 * An ISO 8601 repeating interval as a schedule: `R3/PT10M` (counted from creation),
 * `R/<start>/PT1H` (start-anchored), `R2/PT1H/<end>` (end-anchored), `R2/<start>/<end>`.
 */
export function parseIsoCycle(source: string, zone: string): TimerSchedule {
  // piso also reads R-1 and R0, which Camunda's parser refuses or never fires
  if (!/^R(?:[1-9]\d*)?\//.test(source)) {
    fail(source, 'a repeating interval starts with R<n>/ (n ≥ 1) or R/ for unbounded')
  }
  let interval: ISOInterval
  try {
    interval = parseInterval(source).parse()
  } catch (error) {
    fail(source, reasonOf(error), error)
  }
  const count = interval.repeat === undefined || interval.repeat < 0 ? null : interval.repeat
  const start = interval.start ? toInstant(interval.start, zone) : null
  const end = interval.end ? toInstant(interval.end, zone) : null

  if (interval.duration) {
    const period = durationParts({ kind: KIND, value: source, duration: interval.duration })
    const cycle = { source, zone, count, period }
    if (start) return anchored(cycle, { at: start, direction: 1 })
    if (end) return anchored(cycle, { at: end, direction: -1 })
    return relative(cycle)
  }
  if (start && end) {
    // Camunda turns <start>/<end> into a fixed period of end - start
    const span = end.getTime() - start.getTime()
    if (span <= 0) fail(source, 'the end must lie after the start')
    const cycle = { source, zone, count, period: { milliseconds: span } }
    return anchored(cycle, { at: start, direction: 1 })
  }
  fail(source, 'a repeating interval needs a duration or a start and an end')
}

/** `R3/PT10M`: first one period after creation, then one period after each firing. */
function relative(cycle: Cycle): TimerSchedule {
  const step = (from: Date) =>
    addDuration({ from, parts: cycle.period, times: 1, zone: cycle.zone })
  return {
    kind: KIND,
    source: cycle.source,
    repetitions: cycle.count,
    firstDue: (from) => step(from),
    nextDue: (lastDue, fired) =>
      cycle.count !== null && fired >= cycle.count ? null : step(lastDue),
  }
}

/**
 * Fixed slots `at ± k × period` (k < count), counted from the anchor rather than the last firing,
 * so a cycle created late skips the slots already past and month ends do not drift.
 */
function anchored(cycle: Cycle, anchor: { at: Date; direction: 1 | -1 }): TimerSchedule {
  const limit = cycle.count ?? UNBOUNDED
  const slot = (k: number) => {
    const times = k * anchor.direction
    return addDuration({ from: anchor.at, parts: cycle.period, times, zone: cycle.zone }).getTime()
  }

  // the earliest slot at or after `t` (strictly after when `strict`), or null when none is left
  const slotAfter = (t: number, strict: boolean): Date | null => {
    const ahead = (k: number) => (strict ? slot(k) > t : slot(k) >= t)
    let k: number | null
    if (anchor.direction === 1) {
      k = firstIndex(ahead, limit)
    } else {
      // slots run backwards from the end: find the first one behind `t`, then step back one
      const behind = firstIndex((i) => !ahead(i), limit)
      k = behind === null ? limit - 1 : behind === 0 ? null : behind - 1
    }
    return k === null ? null : new Date(slot(k))
  }

  return {
    kind: KIND,
    source: cycle.source,
    repetitions: cycle.count,
    // with every slot already past, the timer is due at once, as Camunda acquires a null due date
    firstDue: (from) => slotAfter(from.getTime(), false) ?? from,
    nextDue: (lastDue, fired) =>
      cycle.count !== null && fired >= cycle.count ? null : slotAfter(lastDue.getTime(), true),
  }
}

/** The smallest k in [0, limit) with `ok(k)`, for an `ok` that turns true once and stays true. */
function firstIndex(ok: (k: number) => boolean, limit: number): number | null {
  const test = (k: number) => k >= limit || ok(k)
  if (test(0)) return 0
  let lo = 0
  let hi = 1
  // gallop, then bisect: unbounded cycles anchored years ago stay cheap
  while (!test(hi)) {
    lo = hi
    hi = Math.min(hi * 2, limit)
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (test(mid)) hi = mid
    else lo = mid
  }
  return hi < limit ? hi : null
}

function fail(value: string, reason: string, cause?: unknown): never {
  throw new TimerDefinitionError({ kind: KIND, value, reason, cause })
}
