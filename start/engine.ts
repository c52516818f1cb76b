/*
| The job executor runs wherever the HTTP server runs (and in the test
| runner, which serves the app in-process); ace commands do not start it.
| The work calendar (工作日 deadlines) is loaded from its dictionaries first,
| so the first task the engine opens already counts the holidays.
*/
import app from '@adonisjs/core/services/app'
import { appJobExecutor } from '#services/engine/engine'
import { workCalendar } from '#services/work_calendar'

if (app.getEnvironment() === 'web' || app.getEnvironment() === 'test') {
  app.ready(async () => {
    await workCalendar.start()
    appJobExecutor().start()
  })
  app.terminating(() => {
    workCalendar.stop()
    return appJobExecutor().stop()
  })
}
