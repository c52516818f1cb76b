/**
 * The contract between the worker host and the handlers of its topics.
 * Handlers see plain data, never the Camunda client, so they stay testable
 * and portable: the host turns their outcome into complete, bpmnError or
 * failure calls on /engine-rest.
 */

/** What a handler sees of a locked external task. */
export interface TopicTask {
  readonly id: string
  readonly topicName: string
  readonly businessKey: string | null
  readonly processInstanceId: string
  readonly activityId: string
  /** the variables the topic asked for (see topics.ts); absent ones are missing */
  readonly variables: Readonly<Record<string, unknown>>
}

/**
 * Serves one task: resolves with the variables to complete it with, throws
 * a {@link BpmnError} for a business outcome the model catches, and throws
 * anything else for a technical failure (retried with backoff).
 */
export type TopicHandler = (task: TopicTask) => Promise<Record<string, unknown>>

/** A business outcome: the task ends with this error code (an error boundary event may catch it). */
export class BpmnError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly variables: Record<string, unknown> = {}
  ) {
    super(message)
    this.name = 'BpmnError'
  }
}
