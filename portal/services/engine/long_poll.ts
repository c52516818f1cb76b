import type { ServerResponse } from 'node:http'
import { type Engine, fetchAndLock } from '#engine'

type FetchInput = Parameters<typeof fetchAndLock.run>[1]

/** Camunda refuses longer holds (engine-rest FetchAndLockHandlerImpl). */
export const MAX_ASYNC_RESPONSE_TIMEOUT = 1_800_000
/** Re-query at least this often, for locks that expire and tasks made by other processes. */
const REQUERY_MS = 1000

function waitForTopic(engine: Engine, topics: Set<string>, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      engine.events.off('topic', onTopic)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const onTopic = (topic: string) => topics.has(topic) && done()
    const timer = setTimeout(done, ms)
    engine.events.on('topic', onTopic)
    signal?.addEventListener('abort', done)
  })
}

/**
 * Fetch-and-lock with Camunda's long polling: answer at once when tasks were
 * locked, otherwise hold the request until one of its topics gets a task or
 * the timeout (wall-clock) passes, then answer `[]`. Once `signal` aborts (the
 * worker hung up) it stops at once: a task locked for a closed connection
 * would sit locked, unseen, until its lock expired.
 */
export async function fetchAndLockLongPolling(engine: Engine, input: FetchInput, asyncResponseTimeout: number | undefined, signal?: AbortSignal) {
  const deadline = performance.now() + (asyncResponseTimeout ?? 0)
  const topics = new Set(input.topics.map((t) => t.topicName))
  while (true) {
    if (signal?.aborted) return []
    const tasks = await engine.execute(fetchAndLock, input)
    const left = deadline - performance.now()
    if (tasks.length > 0 || left <= 0) return tasks
    await waitForTopic(engine, topics, Math.min(left, REQUERY_MS), signal)
  }
}

/** Aborts when the client closes the connection before the answer was sent. */
export function hangUpSignal(response: ServerResponse): AbortSignal {
  const hangUp = new AbortController()
  response.once('close', () => response.writableFinished || hangUp.abort())
  return hangUp.signal
}
