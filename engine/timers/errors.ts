/**
 * A timer definition the engine cannot schedule. Thrown at parse time, so a model with a bad
 * timer is refused at deploy instead of failing when the token reaches it.
 */
export class TimerDefinitionError extends Error {
  readonly code = 'E_TIMER_DEFINITION'
  /** the offending text, as written in the model (trimmed) */
  readonly value: string

  constructor(input: { kind: string; value: string; reason: string; cause?: unknown }) {
    super(`invalid ${input.kind} "${input.value}": ${input.reason}`, { cause: input.cause })
    this.name = 'TimerDefinitionError'
    this.value = input.value
  }
}
