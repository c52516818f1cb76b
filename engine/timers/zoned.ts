import { DateTime, IANAZone } from 'luxon'
import type { DurationLikeObject } from 'luxon'
import { ISODuration } from '@0dep/piso'
import type { ISODate } from '@0dep/piso'
import { TimerDefinitionError } from './errors.js'

/** Where Zhian runs when a model names no zone; Camunda would use the JVM default instead. */
export const DEFAULT_ZONE = 'Asia/Shanghai'

/** Checks an IANA zone name up front, so a typo fails at deploy rather than as an invalid date. */
export function resolveZone(kind: string, zone: string | undefined): string {
  const name = zone ?? DEFAULT_ZONE
  if (!IANAZone.isValidZone(name)) {
    throw new TimerDefinitionError({ kind, value: name, reason: 'unknown time zone' })
  }
  return name
}

/** An ISO date as an instant: its own offset wins, else its wall-clock time is read in `zone`. */
export function toInstant(date: ISODate, zone: string): Date {
  if (date.result.Z !== undefined) return date.toDate()
  // piso reads offset-less dates in the process zone; reading them as UTC keeps the wall clock,
  // which we then re-anchor in the timer's zone
  const wall = date.toDate(true)
  return DateTime.fromMillis(wall.getTime(), { zone: 'UTC' })
    .setZone(zone, { keepLocalTime: true })
    .toJSDate()
}

/**
 * The calendar parts of an ISO duration, refused when Camunda would refuse them (negative,
 * fractions outside seconds) or when a timer could never wait (zero).
 */
export function durationParts(input: {
  kind: string
  value: string
  duration?: ISODuration
}): DurationLikeObject {
  const { kind, value } = input
  let parsed: ISODuration
  try {
    // a cycle hands in the duration piso already cut out of its interval
    parsed = input.duration ?? new ISODuration(value).parse()
  } catch (error) {
    throw new TimerDefinitionError({ kind, value, reason: reasonOf(error), cause: error })
  }
  const r = parsed.result
  if (r.sign === -1) {
    throw new TimerDefinitionError({ kind, value, reason: 'a negative duration never comes due' })
  }
  const parts = {
    years: r.Y ?? 0,
    months: r.M ?? 0,
    weeks: r.W ?? 0,
    days: r.D ?? 0,
    hours: r.H ?? 0,
    minutes: r.m ?? 0,
    seconds: r.S ?? 0,
  }
  // xs:duration (what Camunda parses with) allows a fraction on seconds only
  if (Object.entries(parts).some(([unit, n]) => unit !== 'seconds' && !Number.isInteger(n))) {
    throw new TimerDefinitionError({ kind, value, reason: 'only seconds may have a fraction' })
  }
  if (Object.values(parts).every((n) => n === 0)) {
    throw new TimerDefinitionError({ kind, value, reason: 'the duration is zero' })
  }
  return parts
}

/** `from` plus `times` × `parts`, with calendar arithmetic in `zone` (P1M is a calendar month). */
export function addDuration(input: {
  from: Date
  parts: DurationLikeObject
  times: number
  zone: string
}): Date {
  const scaled: DurationLikeObject = {}
  for (const [unit, amount] of Object.entries(input.parts)) {
    scaled[unit as keyof DurationLikeObject] = (amount as number) * input.times
  }
  // multiplying before adding keeps month-end anchors: Jan 31 + 2×P1M is Mar 31, not Mar 28
  return DateTime.fromJSDate(input.from, { zone: input.zone }).plus(scaled).toJSDate()
}

/** The human part of a library error, for our own messages. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
