/**
 * compileForm: check a schema against the dialect once, compile its rules to
 * closures, and cache the result by the schema's checksum, so a form key's
 * schema costs one compilation per process however many submissions arrive.
 */
import { createHash } from 'node:crypto'
import { compileSchema } from '../schema/compile_schema.js'
import { applyPermissions } from '../permissions/apply_permissions.js'
import { redact } from '../permissions/redact.js'
import { buildRuntime, type RuntimeField } from './runtime_field.js'
import { ValidationWalk, type FieldError } from './validate_submission.js'
import type { FieldPermissions } from '../permissions/field_permissions.js'

/** What a submission is validated against besides the schema. */
export interface ValidationContext {
  /** Dictionary name → allowed values, for fields with `x-data-source: { dictionary }`. */
  readonly dictionaries?: Readonly<Record<string, ReadonlyArray<string>>>
  /** The current user task's field permissions; absent means everything is editable. */
  readonly permissions?: FieldPermissions
  /** The stored values, against which readonly changes are detected and from which locked fields are kept. */
  readonly previous?: object
}

/** The verdict: errors use formily's dotted paths; `value` is the cleaned submission to store. */
export interface ValidationResult {
  readonly ok: boolean
  readonly errors: ReadonlyArray<FieldError>
  readonly value: Record<string, unknown>
}

/** A schema compiled once; `validate` is synchronous and allocation-light. */
export interface CompiledForm {
  readonly checksum: string
  validate(data: unknown, context?: ValidationContext): ValidationResult
  /** The stored value as the task may see it (hidden fields removed). */
  redact(value: object, permissions: FieldPermissions): Record<string, unknown>
}

/** A dictionary the schema names was not passed in: a caller bug, not a user error. */
export class MissingDictionaryError extends Error {
  readonly code = 'E_MISSING_DICTIONARY'
  constructor(name: string) {
    super(`校验表单需要字典「${name}」，但调用方没有提供`)
  }
}

/**
 * Compiled schemas by checksum. Deployed versions are few, but the form designer checks a new schema on every save,
 * so the cache keeps the most recently used ones and forgets the oldest.
 */
const cache = new Map<string, CompiledForm>()
const CACHE_LIMIT = 500
const dictionarySets = new WeakMap<object, Map<string, ReadonlySet<unknown>>>()

function dictionaryLookup(dictionaries: ValidationContext['dictionaries']): (name: string) => ReadonlySet<unknown> {
  return (name) => {
    const values = dictionaries?.[name]
    if (!dictionaries || !values) throw new MissingDictionaryError(name)
    let sets = dictionarySets.get(dictionaries)
    if (!sets) dictionarySets.set(dictionaries, (sets = new Map()))
    let set = sets.get(name)
    if (!set) sets.set(name, (set = new Set(values)))
    return set
  }
}

function makeCompiledForm(checksum: string, fields: ReadonlyArray<RuntimeField>): CompiledForm {
  return {
    checksum,
    validate(data, context = {}) {
      let input = data
      let permissionErrors: FieldError[] = []
      if (context.permissions) {
        const applied = applyPermissions({ fields, data, previous: context.previous, permissions: context.permissions })
        input = applied.data
        permissionErrors = applied.errors
      }
      const walk = new ValidationWalk({
        root: input,
        dictionaries: dictionaryLookup(context.dictionaries),
        permissions: context.permissions,
      })
      const value = walk.container(fields, input, '', undefined, true)
      const errors = permissionErrors.length ? [...permissionErrors, ...walk.errors] : walk.errors
      return { ok: errors.length === 0, errors, value }
    },
    redact: (value, permissions) => redact(value, permissions) as Record<string, unknown>,
  }
}

/** Compiles (or returns the cached compilation of) a schema; throws FormSchemaError outside the dialect. */
export function compileForm(schema: unknown): CompiledForm {
  const checksum = createHash('sha256').update(JSON.stringify(schema)).digest('hex')
  const cached = cache.get(checksum)
  if (cached) {
    cache.delete(checksum)
    cache.set(checksum, cached)
    return cached
  }
  const compiled = makeCompiledForm(checksum, buildRuntime(compileSchema(schema)))
  cache.set(checksum, compiled)
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  return compiled
}
