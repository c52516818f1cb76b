import type { HttpContext } from '@adonisjs/core/http'

/**
 * camunda-external-task-client-js parses a body only when Content-Type is
 * exactly "application/json" (no charset), so Camunda routes answer that way.
 */
export function camundaJson(response: HttpContext['response'], body: unknown, status = 200) {
  response.status(status)
  response.header('content-type', 'application/json')
  return response.send(JSON.stringify(body))
}
