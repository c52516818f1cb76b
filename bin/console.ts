/**
 * Ace entrypoint, imported by ace.js. Commands boot the app only when they
 * declare `options.startApp = true`.
 */
import { prettyPrintError } from '@adonisjs/core'
import { createIgnitor } from './ignitor.js'

createIgnitor()
  .ace()
  .handle(process.argv.splice(2))
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
