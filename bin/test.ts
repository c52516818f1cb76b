/**
 * Japa entrypoint (`node ace test` runs it). Merges the suites from
 * adonisrc.ts with the plugins and hooks exported by tests/bootstrap.ts.
 */
process.env.NODE_ENV = 'test'

import { createServer } from 'node:net'

/**
 * The in-process Vite dev server opens an HMR websocket, by default on the
 * fixed port 24678: two test runs on one machine would fight over it and the
 * pages of one would talk to the other's Vite. Take a free port instead.
 */
if (!process.env.VITE_HMR_PORT) {
  process.env.VITE_HMR_PORT = await new Promise<string>((resolve, reject) => {
    const probe = createServer().once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(String(port)))
    })
  })
}

import { prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'
import { createIgnitor } from './ignitor.js'

createIgnitor()
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    processCLIArgs(process.argv.splice(2))
    configure({
      ...app.rcFile.tests,
      ...config,
      setup: runnerHooks.setup,
      teardown: runnerHooks.teardown.concat([() => app.terminate()]),
    })
  })
  .run(() => run())
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
