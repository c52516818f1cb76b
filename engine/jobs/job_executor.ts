import { randomUUID } from 'node:crypto'
import type { Engine } from '../engine.js'
import { acquireJobs } from '../commands/job/acquire_jobs.js'
import { executeJob } from '../commands/job/execute_job.js'
import { failJob } from '../commands/job/fail_job.js'
import { lockJob } from '../commands/job/lock_job.js'

export interface JobExecutorOptions {
  /** how often to look for due jobs when nothing wakes it (wall-clock ms) */
  intervalMs?: number
  maxJobsPerRound?: number
  lockMs?: number
}

/**
 * Acquires due jobs and runs each in its own command. One per server process;
 * several processes on one database share the work through the jobs' locks.
 * Time comes from the engine clock, so a test that moves the clock and calls
 * `runDue()` sees exactly the timers that are due.
 */
export class JobExecutor {
  readonly owner = `executor-${randomUUID()}`
  #timer: NodeJS.Timeout | null = null
  #started = false
  #manualRuns = 0
  #running: Promise<number> | null = null
  #options: Required<JobExecutorOptions>

  constructor(
    private engine: Engine,
    options: JobExecutorOptions = {}
  ) {
    this.#options = { intervalMs: 1000, maxJobsPerRound: 20, lockMs: 5 * 60_000, ...options }
  }

  /** Polls every `intervalMs` (0: never, only when a due job is announced) and wakes on new due jobs. */
  start(): void {
    if (this.#started) return
    this.#started = true
    if (this.#options.intervalMs > 0) {
      this.#timer = setInterval(() => void this.runDue().catch(() => {}), this.#options.intervalMs)
      this.#timer.unref()
    }
    this.engine.events.on('job', this.#onJob)
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    this.#started = false
    this.engine.events.off('job', this.#onJob)
    await this.#running
  }

  #onJob = (dueAt: number) => {
    if (dueAt <= this.engine.clock.now().getTime()) void this.runDue().catch(() => {})
  }

  /** Runs every job due now; rounds do not overlap within one executor. Returns how many ran. */
  async runDue(): Promise<number> {
    while (this.#running) await this.#running
    this.#running = this.#drain()
    try {
      return await this.#running
    } finally {
      this.#running = null
    }
  }

  async #drain(): Promise<number> {
    let executed = 0
    while (true) {
      const { ids, due } = await this.engine.execute(acquireJobs, { owner: this.owner, maxJobs: this.#options.maxJobsPerRound, lockMs: this.#options.lockMs })
      // nothing due: done. Due jobs all claimed by another executor: look again, the next ones may be free
      if (due === 0) return executed
      for (const jobId of ids) {
        try {
          if (await this.#run(jobId, this.owner)) executed++
        } catch {
          // recorded on the job by #run: one retry less, or an incident
        }
      }
    }
  }

  /**
   * Runs one job now, due or not (POST /engine-rest/job/{id}/execute). It
   * fails as the executor's jobs fail, one retry less or an incident, and
   * the error is rethrown for the caller. Its own lock owner keeps it apart
   * from this executor's rounds.
   */
  async executeNow(jobId: string): Promise<void> {
    const owner = `${this.owner}:now-${++this.#manualRuns}`
    await this.engine.execute(lockJob, { jobId, owner, lockMs: this.#options.lockMs })
    await this.#run(jobId, owner)
  }

  /** Runs one locked job; a failure is recorded (failJob) before it is rethrown. Returns whether it ran. */
  async #run(jobId: string, owner: string): Promise<boolean> {
    try {
      return (await this.engine.execute(executeJob, { jobId, owner })).executed
    } catch (error) {
      await this.engine.execute(failJob, { jobId, message: (error as Error).message })
      throw error
    }
  }
}
