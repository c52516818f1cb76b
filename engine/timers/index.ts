/**
 * Timers: BPMN timer definitions (timeDate, timeDuration, timeCycle) turned into due instants,
 * with Camunda 7's semantics. Pure: no clock, no I/O.
 */
export { parseTimer } from './schedule.js'
export type { TimerKind, TimerOptions, TimerSchedule } from './schedule.js'
export { TimerDefinitionError } from './errors.js'
