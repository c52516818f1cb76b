import { spawn, type ChildProcess } from 'node:child_process'
import app from '@adonisjs/core/services/app'

/** A child process of this app (an ace command or the HTTP server), with its output kept for failure messages. */
export interface AppProcess {
  readonly child: ChildProcess
  /** resolves with the exit code (or the signal's name) */
  readonly exited: Promise<number | string>
  output(): string
  /** sends `signal` and waits for the exit, failing after `timeoutMs` */
  stop(signal: NodeJS.Signals, timeoutMs?: number): Promise<number | string>
}

/** Runs `node <args>` from the app root with `env` as its whole environment. */
export function spawnApp(args: string[], env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, args, { cwd: app.makePath(), env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')))
  return {
    child,
    exited,
    output: () => output,
    async stop(signal, timeoutMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`process did not exit within ${timeoutMs} ms:\n${output}`)), timeoutMs)
      })
      try {
        return await Promise.race([exited, timeout])
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

/** `node ace <args>`: resolves when it exits 0, else fails with its output. */
export async function runAce(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const command = spawnApp(['ace', ...args], env)
  const code = await command.exited
  if (code !== 0) throw new Error(`node ace ${args.join(' ')} exited with ${code}:\n${command.output()}`)
}

/** The HTTP server (bin/server.ts) as its own process; resolves once it answers on `baseUrl`. */
export async function spawnServer(baseUrl: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<AppProcess> {
  const server = spawnApp(['--import', '@poppinss/ts-exec', 'bin/server.ts'], env)
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null) break
    try {
      await fetch(baseUrl)
      return server
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  await server.stop('SIGKILL')
  throw new Error(`the server did not answer on ${baseUrl}:\n${server.output()}`)
}
