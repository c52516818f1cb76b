import logger from '@adonisjs/core/services/logger'
import { Variables, type ExternalTask, type TaskService } from 'camunda-external-task-client-js'
import { BpmnError, type TopicHandler } from './topic_handler.js'
import { nextRetry } from './retry_policy.js'

/** Camunda keeps the message short; the stack goes to errorDetails. */
const MAX_MESSAGE_LENGTH = 500

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(0, MAX_MESSAGE_LENGTH) || 'unknown error'
}

/**
 * Runs a handler on one locked task and reports its outcome through the
 * Camunda client: complete with its variables, a BPMN error, or a failure
 * with the retries left and a backoff.
 */
export async function serveTask(handler: TopicHandler, task: ExternalTask, taskService: TaskService): Promise<void> {
  let variables: Record<string, unknown>
  try {
    variables = await handler({
      id: task.id,
      topicName: task.topicName,
      businessKey: task.businessKey ?? null,
      processInstanceId: task.processInstanceId,
      activityId: task.activityId,
      variables: task.variables.getAll(),
    })
  } catch (error) {
    if (error instanceof BpmnError) {
      return taskService.handleBpmnError(task, error.code, error.message, new Variables().setAll(error.variables))
    }
    const { retries, retryTimeout } = nextRetry(task.retries)
    logger.warn({ err: error, topic: task.topicName, externalTaskId: task.id, retries }, 'external task failed')
    return taskService.handleFailure(task, {
      errorMessage: messageOf(error),
      errorDetails: error instanceof Error ? (error.stack ?? error.message) : String(error),
      retries,
      retryTimeout,
    })
  }
  await taskService.complete(task, new Variables().setAll(variables))
}
