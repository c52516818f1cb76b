/**
 * A failure inside evaluation that does not yet know the expression text; the evaluator
 * rewraps it as an ExpressionEvaluationError naming the source.
 */
export class Refusal extends Error {}

// Java's Long.valueOf / Double.valueOf accept no surrounding spaces, so neither do we.
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** JSON objects only: class instances (Map, Buffer, models) stay opaque to expressions. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A short, safe rendering of a value for error messages (never the whole payload). */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return 'a list'
  if (isPlainObject(value)) return 'an object'
  return `a value of type ${typeof value}`
}

/** EL coercion to Number: null and '' are 0, numeric strings parse, everything else fails. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0
  if (typeof value === 'number') return value
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value)
  throw new Refusal(`cannot coerce ${describe(value)} to a number`)
}

/** EL coercion to Boolean: null is false, strings follow Boolean.valueOf (only 'true', any case). */
export function toBoolean(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return value.toLowerCase() === 'true'
  throw new Refusal(`cannot coerce ${describe(value)} to a boolean`)
}

/** EL coercion to String; JSON values print as JSON, the way Camunda Spin prints them. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value)
  throw new Refusal(`cannot coerce ${describe(value)} to a string`)
}

/** The `empty` operator: null, '', an empty list or an object without keys. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (isPlainObject(value)) return Object.keys(value).length === 0
  return false
}

/** Java `equals`: no coercion, lists and maps compare by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null)
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
  }
  return false
}

/**
 * EL `==` (spec 1.8.2): a number on either side compares numerically, then booleans, then
 * strings; a side that cannot be coerced is an error, as in JUEL, not a quiet `false`.
 */
export function elEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null)
  if (typeof a === 'number' || typeof b === 'number') return toNumber(a) === toNumber(b)
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b)
  if (typeof a === 'string' || typeof b === 'string') return toText(a) === toText(b)
  return sameValue(a, b)
}

/** `contains()` on a list asks each item; an item of another kind is simply not a match. */
export function looseEquals(a: unknown, b: unknown): boolean {
  try {
    return elEquals(a, b)
  } catch (error) {
    if (error instanceof Refusal) return false
    throw error
  }
}

/** EL ordering (spec 1.8.1): numbers numerically, strings by UTF-16 code units, dates by instant. */
export function elCompare(a: unknown, b: unknown): number {
  let x: number | string
  let y: number | string
  if (typeof a === 'number' || typeof b === 'number') {
    x = toNumber(a)
    y = toNumber(b)
  } else if (typeof a === 'string' || typeof b === 'string') {
    x = toText(a)
    y = toText(b)
  } else if (a instanceof Date && b instanceof Date) {
    x = a.getTime()
    y = b.getTime()
  } else if (typeof a === 'boolean' && typeof b === 'boolean') {
    x = Number(a)
    y = Number(b)
  } else {
    throw new Refusal(`cannot compare ${describe(a)} with ${describe(b)}`)
  }
  return x < y ? -1 : x > y ? 1 : 0
}
