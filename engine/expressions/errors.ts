/**
 * The base of every expression failure; `code` lets the portal and the Camunda REST
 * mapper translate it without matching on message text.
 */
export class ExpressionError extends Error {
  code = 'E_EXPRESSION'
  /** The full expression text as written in the model, for logs and incident messages. */
  readonly expression: string

  constructor(expression: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.expression = expression
  }
}

/** The text is not valid JUEL (or uses syntax outside our subset); raised at compile time. */
export class ExpressionSyntaxError extends ExpressionError {
  code = 'E_EXPRESSION_SYNTAX'
  /** What is wrong and where, without the expression around it (the modeler shows it under the field). */
  readonly detail: string

  constructor(expression: string, cause: string, options?: ErrorOptions) {
    super(expression, `Syntax error in expression: ${expression}. Cause: ${cause}`, options)
    this.detail = cause
  }
}

/** An identifier names neither a built-in nor a variable; the message copies Camunda's wording. */
export class UnknownPropertyError extends ExpressionError {
  code = 'E_UNKNOWN_PROPERTY'
  readonly identifier: string

  constructor(expression: string, identifier: string) {
    super(
      expression,
      `Unknown property used in expression: ${expression}. Cause: Cannot resolve identifier '${identifier}'`
    )
    this.identifier = identifier
  }
}

/** A well-formed expression failed while running: bad coercion, refused member, wrong method use. */
export class ExpressionEvaluationError extends ExpressionError {
  code = 'E_EXPRESSION_EVALUATION'
  /** Why it failed, without the expression around it (the runtime puts it after the element's name). */
  readonly detail: string

  constructor(expression: string, cause: string, options?: ErrorOptions) {
    super(expression, `Error while evaluating expression: ${expression}. Cause: ${cause}`, options)
    this.detail = cause
  }
}
