/*
| The worker host (portal/services/engine/workers) runs inside the HTTP
| server unless ENGINE_WORKERS=off; `node ace engine:workers` runs the same
| host as a separate process. It starts once the server listens, because it
| reaches the engine over the server's own /engine-rest.
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import env from '#start/env'
import { appWorkerHost } from '#services/engine/workers/app_worker_host'

if ((app.getEnvironment() === 'web' || app.getEnvironment() === 'test') && env.get('ENGINE_WORKERS', 'inprocess') === 'inprocess') {
  app.ready(async () => {
    // the portal serves without workers rather than not at all (e.g. before demo:seed created the account)
    await appWorkerHost()
      .start()
      .catch((error) => logger.error({ err: error }, 'engine workers not started'))
  })
  app.terminating(() => appWorkerHost().stop())
}
