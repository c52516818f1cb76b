/** Tries per task before an incident (the job executor's count, so both behave alike). */
export const TRIES = 3
/** The wait after the first failure; it doubles with each further one (10 s, 20 s). */
export const FIRST_BACKOFF_MS = 10_000

/**
 * What a worker reports with a technical failure: the retries left after it
 * and how long the task waits before it may be fetched again. A task never
 * failed before has `retries: null` (Camunda's convention). At zero retries
 * the engine raises a failedExternalTask incident.
 */
export function nextRetry(retriesBefore: number | null): { retries: number; retryTimeout: number } {
  const retries = retriesBefore === null ? TRIES - 1 : Math.max(0, retriesBefore - 1)
  const failures = TRIES - retries
  return { retries, retryTimeout: retries === 0 ? 0 : FIRST_BACKOFF_MS * 2 ** (failures - 1) }
}
