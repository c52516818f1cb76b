import { ISODate } from '@0dep/piso'
import type { DurationLikeObject } from 'luxon'
import { TimerDefinitionError } from './errors.js'
import { parseIsoCycle } from './iso_cycle.js'
import { parseQuartzCron } from './quartz_cron.js'
import { addDuration, durationParts, reasonOf, resolveZone, toInstant } from './zoned.js'

/** The three children a BPMN timerEventDefinition may hold. */
export type TimerKind = 'timeDate' | 'timeDuration' | 'timeCycle'

/** When a timer comes due. Pure: the caller passes every instant in, so the engine clock rules. */
export interface TimerSchedule {
  readonly kind: TimerKind
  readonly source: string
  /** the first due instant, counted from `from` (when the timer is created) */
  firstDue(from: Date): Date
  /** the due instant after the `fired`-th firing (1-based count of firings done), or null when the cycle is exhausted */
  nextDue(lastDue: Date, fired: number): Date | null
  /** total repetitions for a cycle (null = unbounded), 1 for date/duration */
  readonly repetitions: number | null
}

/** How to read wall-clock times that carry no offset; defaults to Asia/Shanghai. */
export interface TimerOptions {
  zone?: string
}

const KINDS: readonly TimerKind[] = ['timeDate', 'timeDuration', 'timeCycle']

/**
 * Parses the (already expression-resolved) text of a timer definition the way Camunda 7 does.
 * Throws TimerDefinitionError naming the value when it cannot be scheduled.
 */
export function parseTimer(
  kind: TimerKind,
  value: string,
  options: TimerOptions = {}
): TimerSchedule {
  if (!KINDS.includes(kind)) {
    const reason = 'unknown timer kind'
    throw new TimerDefinitionError({ kind: 'timer', value: String(kind), reason })
  }
  if (typeof value !== 'string' || value.trim() === '') {
    const reason = 'the value is empty'
    throw new TimerDefinitionError({ kind, value: String(value ?? ''), reason })
  }
  // BPMN text content often carries the XML's indentation
  const source = value.trim()
  const zone = resolveZone(kind, options.zone)

  if (kind === 'timeCycle') {
    // Camunda's CycleBusinessCalendar: R… is ISO 8601, anything else is a Quartz cron
    return source.startsWith('R') ? parseIsoCycle(source, zone) : parseQuartzCron(source, zone)
  }
  // Camunda's DueDateBusinessCalendar also reads a timeDate starting with P as "now + duration"
  if (kind === 'timeDuration' || source.startsWith('P')) {
    return once(kind, source, durationParts({ kind, value: source }), zone)
  }
  return at(source, zone)
}

/** A duration counted once from creation, in calendar arithmetic (P1M is a month, P1D a day). */
function once(
  kind: TimerKind,
  source: string,
  parts: DurationLikeObject,
  zone: string
): TimerSchedule {
  return {
    kind,
    source,
    repetitions: 1,
    firstDue: (from) => addDuration({ from, parts, times: 1, zone }),
    nextDue: () => null,
  }
}

/** A fixed instant; an instant already past is simply due at once. */
function at(source: string, zone: string): TimerSchedule {
  let due: Date
  try {
    due = toInstant(new ISODate(source).parse(), zone)
  } catch (error) {
    const reason = reasonOf(error)
    throw new TimerDefinitionError({ kind: 'timeDate', value: source, reason, cause: error })
  }
  return {
    kind: 'timeDate',
    source,
    repetitions: 1,
    firstDue: () => new Date(due.getTime()),
    nextDue: () => null,
  }
}
