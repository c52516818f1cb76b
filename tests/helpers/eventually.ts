/**
 * Polls `probe` until it returns something other than undefined/false, or
 * fails after `timeoutMs` saying what was awaited (a function is called only
 * then, so it can show a child's output): tests wait for other processes
 * this way, never with a fixed sleep.
 */
export async function eventually<T>(what: string | (() => string), probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs
  let lastError: unknown
  while (performance.now() < deadline) {
    try {
      const result = await probe()
      if (result !== undefined && result !== false) return result
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}${lastError ? `: ${String(lastError)}` : ''}`)
}
