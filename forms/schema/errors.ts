/**
 * A schema that leaves Zhian's restricted formily dialect. `path` names the
 * offending node as a dotted schema path (`properties.items.items…` collapsed
 * to the field path, e.g. `items.result`), so an author can find it.
 */
export class FormSchemaError extends Error {
  readonly code = 'E_FORM_SCHEMA'
  readonly path: string

  constructor(path: string, message: string) {
    super(`${path || '(根)'}: ${message}`)
    this.name = 'FormSchemaError'
    this.path = path
  }
}
