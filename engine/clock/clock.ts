/** The only source of "now" for the engine and the portal: tests swap in a controlled one. */
export interface Clock {
  now(): Date
}

/** Wall-clock time. */
export class SystemClock implements Clock {
  readonly kind = 'system'

  now(): Date {
    return new Date()
  }
}

/** A span of time to move a controlled clock by. */
export interface ClockStep {
  days?: number
  hours?: number
  minutes?: number
  seconds?: number
  milliseconds?: number
}

/** Time that only moves when told to; starts at the wall-clock time it was made. */
export class ControlledClock implements Clock {
  readonly kind = 'controlled'
  #epochMs: number

  constructor(start: Date = new Date()) {
    this.#epochMs = start.getTime()
  }

  now(): Date {
    return new Date(this.#epochMs)
  }

  /** Jumps to an instant; time never runs backwards for the engine, so earlier instants are refused. */
  set(at: Date): void {
    if (at.getTime() < this.#epochMs) throw new RangeError('a controlled clock cannot move backwards')
    this.#epochMs = at.getTime()
  }

  advance(step: ClockStep): Date {
    const ms =
      (step.days ?? 0) * 86_400_000 +
      (step.hours ?? 0) * 3_600_000 +
      (step.minutes ?? 0) * 60_000 +
      (step.seconds ?? 0) * 1000 +
      (step.milliseconds ?? 0)
    if (ms < 0) throw new RangeError('a controlled clock cannot move backwards')
    this.#epochMs += ms
    return this.now()
  }
}

/** `ENGINE_CLOCK=controlled` gives a clock the tests (and later the engine REST API) can move. */
export function createClock(kind: 'system' | 'controlled' = 'system'): SystemClock | ControlledClock {
  return kind === 'controlled' ? new ControlledClock() : new SystemClock()
}
