/** Every engine failure carries a stable code; the REST layer maps codes to Camunda's error shape. */
export class EngineError extends Error {
  readonly code: string = 'E_ENGINE'
}

/** The model cannot be deployed; the message names the element. */
export class DeploymentError extends EngineError {
  readonly code = 'E_DEPLOYMENT'
}

/** A wrong request: bad arguments, the wrong worker, a finished task. */
export class BadRequestError extends EngineError {
  readonly code = 'E_BAD_REQUEST'
}

/** The thing asked for does not exist (or no longer does). */
export class NotFoundError extends EngineError {
  readonly code = 'E_NOT_FOUND'
}

/** The process cannot go on, e.g. no outgoing flow of a gateway matched. */
export class ProcessError extends EngineError {
  readonly code = 'E_PROCESS'
}

/** Another command changed the same process instance first; the command is retried. */
export class OptimisticLockError extends EngineError {
  readonly code = 'E_OPTIMISTIC_LOCK'
}

/** A deployment cannot be deleted without cascade while instances of its definitions run (Camunda's ProcessEngineException, 500). */
export class DeploymentInUseError extends EngineError {
  readonly code = 'E_DEPLOYMENT_IN_USE'
}

/**
 * Work on something suspended: starting a suspended definition, completing a
 * task or external task of a suspended instance (Camunda's
 * SuspendedEntityInteractionException, which the REST layer names by class).
 */
export class SuspendedEntityInteractionError extends BadRequestError {}
