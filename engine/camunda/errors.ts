import { EngineError } from '../errors.js'

/** Camunda's REST error body and status for an engine error (engine-rest ExceptionHandlerHelper). */
export function toCamundaError(error: EngineError): { status: number; body: { type: string; message: string; code: number } } {
  const table: Record<string, [number, string]> = {
    E_DEPLOYMENT: [400, 'ParseException'],
    E_BAD_REQUEST: [400, 'BadUserRequestException'],
    E_NOT_FOUND: [404, 'InvalidRequestException'],
    E_OPTIMISTIC_LOCK: [500, 'OptimisticLockingException'],
    E_PROCESS: [500, 'ProcessEngineException'],
  }
  const [status, defaultType] = table[error.code] ?? [500, 'ProcessEngineException']
  // Camunda names some bad requests after their own exception (MismatchingMessageCorrelationException …)
  const custom = error.code === 'E_BAD_REQUEST' && error.constructor.name !== 'BadRequestError'
  const type = custom ? error.constructor.name.replace(/Error$/, 'Exception') : defaultType
  return { status, body: { type, message: error.message, code: 0 } }
}
