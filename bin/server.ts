/**
 * HTTP server entrypoint. `npm start` (bin/start.js) and `node ace serve`
 * run it; the production build runs build/bin/server.js.
 */
import { prettyPrintError } from '@adonisjs/core'
import { createIgnitor } from './ignitor.js'

createIgnitor()
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
