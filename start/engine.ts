/*
| The job executor runs wherever the HTTP server runs (and in the test
| runner, which serves the app in-process); ace commands do not start it.
*/
import app from '@adonisjs/core/services/app'
import { appJobExecutor } from '#services/engine/engine'

if (app.getEnvironment() === 'web' || app.getEnvironment() === 'test') {
  app.ready(() => appJobExecutor().start())
  app.terminating(() => appJobExecutor().stop())
}
