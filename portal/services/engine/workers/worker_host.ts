import { hostname } from 'node:os'
import logger from '@adonisjs/core/services/logger'
import { Client } from 'camunda-external-task-client-js'
import { TOPICS, type TopicDefinition } from './topics.js'
import { ServiceAccountToken } from './service_account_token.js'
import { serveTask } from './serve_task.js'

export interface WorkerHostOptions {
  /** the /engine-rest root the workers talk to, over real HTTP */
  baseUrl: string
  /** the topics to serve; the registry in topics.ts unless a test brings its own */
  topics?: Readonly<Record<string, TopicDefinition>>
  /** how long one fetch waits for a task on the server (Camunda long polling) */
  asyncResponseTimeout?: number
}

/** How long stop() waits for running handlers to report before revoking the token. */
const DRAIN_MS = 10_000

type RequestOptions = { headers?: Record<string, string>; json?: { topics?: unknown } }

/**
 * Runs camunda-external-task-client-js workers for every registered topic
 * against /engine-rest, exactly as an external worker on Operaton would:
 * long-polled fetchAndLock, then complete, bpmnError or failure. The same
 * host runs inside the HTTP server (ENGINE_WORKERS=inprocess) or on its own
 * (`node ace engine:workers`).
 */
export class WorkerHost {
  #client?: Client
  #token = new ServiceAccountToken()
  #polls = new AbortController()
  #stopping = false
  #pollFailing = false

  constructor(private readonly options: WorkerHostOptions) {}

  get workerId(): string {
    return `zhian-${hostname()}-${process.pid}`
  }

  async start(): Promise<void> {
    if (this.#client) return
    // a host may be started again after stop(): fresh abort signal, fresh token
    this.#polls = new AbortController()
    this.#stopping = false
    await this.#token.issue()
    const client = new Client({
      baseUrl: this.options.baseUrl,
      workerId: this.workerId,
      autoPoll: false,
      maxTasks: 10,
      interval: 500,
      asyncResponseTimeout: this.options.asyncResponseTimeout ?? 20_000,
      interceptors: [(config: RequestOptions) => this.#authorise(config)],
    })
    for (const [topic, definition] of Object.entries(this.options.topics ?? TOPICS)) {
      const { default: handler } = await definition.handler()
      const variables = definition.variables === 'all' ? undefined : [...definition.variables]
      const subscription = { lockDuration: definition.lockDuration, ...(variables ? { variables } : {}) }
      client.subscribe(topic, subscription, ({ task, taskService }) => serveTask(handler, task, taskService))
    }
    client.on('poll:success', () => this.#reportPoll(undefined))
    client.on('poll:error', (error: unknown) => this.#reportPoll(error))
    client.on('handler:error', (error: unknown) => logger.error({ err: error }, 'worker could not report a task outcome'))
    this.#client = client
    client.start()
    logger.info('engine workers polling %s for %s', this.options.baseUrl, Object.keys(this.options.topics ?? TOPICS).join(', '))
  }

  /** Stops fetching, lets running handlers report, then revokes the token. */
  async stop(): Promise<void> {
    const client = this.#client
    if (!client || this.#stopping) return
    this.#stopping = true
    client.stop()
    this.#polls.abort()
    const deadline = performance.now() + DRAIN_MS
    while (client.activeTasksCount > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    await this.#token.revoke()
    this.#client = undefined
  }

  /** Bearer on every call; fetches also get the abort signal, so stop() does not wait out a long poll. */
  #authorise(config: RequestOptions): RequestOptions {
    const isFetch = Array.isArray(config.json?.topics)
    return { ...config, headers: { ...config.headers, Authorization: `Bearer ${this.#token.value}` }, ...(isFetch ? { signal: this.#polls.signal } : {}) }
  }

  /** Logs when polling starts failing and when it recovers, not on every retry. */
  #reportPoll(error: unknown): void {
    if (this.#stopping || Boolean(error) === this.#pollFailing) return
    this.#pollFailing = Boolean(error)
    if (error) logger.warn({ err: error }, 'engine workers cannot reach %s; retrying', this.options.baseUrl)
    else logger.info('engine workers reach %s again', this.options.baseUrl)
  }
}
