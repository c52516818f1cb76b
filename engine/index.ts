/**
 * The engine's door. The BPMN runtime arrives with issue 3; today the engine
 * owns the clock, the one source of time for the whole application.
 */
export { SystemClock, ControlledClock, createClock } from './clock/clock.js'
export type { Clock, ClockStep } from './clock/clock.js'
