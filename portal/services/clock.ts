import env from '#start/env'
import { createClock } from '#engine'

/**
 * The application's one clock. With ENGINE_CLOCK=controlled (the test
 * environment) tests move it to prove lockouts and timeouts without sleeping.
 */
const clock = createClock(env.get('ENGINE_CLOCK', 'system'))

export default clock
