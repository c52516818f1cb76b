import env from '#start/env'
import { createClock } from '#engine'

/**
 * The application's one clock. With ENGINE_CLOCK=controlled (the test
 * environment) tests move it to prove lockouts and timeouts without sleeping.
 */
const clock = createClock(env.get('ENGINE_CLOCK', 'system'))

export default clock

/** The clock's now as a DATETIME column takes it on SQLite and MySQL alike: UTC, `YYYY-MM-DD HH:MM:SS`. */
export function sqlNow(): string {
  return clock.now().toISOString().slice(0, 19).replace('T', ' ')
}
