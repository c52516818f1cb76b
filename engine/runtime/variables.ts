import { BadRequestError } from '../errors.js'

/** Camunda 7's value types, spelled as its REST API returns them. */
export type VariableType = 'String' | 'Integer' | 'Long' | 'Double' | 'Boolean' | 'Date' | 'Json' | 'Null' | 'Short'

/** A typed variable value; Date values are ISO strings, Json values parsed JSON. */
export interface TypedValue {
  readonly type: VariableType
  readonly value: unknown
}

export type Variables = Readonly<Record<string, TypedValue>>

const TYPES: Record<string, VariableType> = {
  string: 'String',
  integer: 'Integer',
  long: 'Long',
  double: 'Double',
  boolean: 'Boolean',
  date: 'Date',
  json: 'Json',
  null: 'Null',
  short: 'Short',
}

/** Camunda accepts type names in any case ("integer", "Integer"). */
export function variableType(name: string | undefined, value: unknown, variable: string): VariableType {
  if (name === undefined || name === null || name === '') return inferType(value)
  const type = TYPES[name.toLowerCase()]
  if (!type) throw new BadRequestError(`Unsupported value type '${name}' for variable '${variable}'`)
  return type
}

/** The type Camunda's clients infer for a plain JavaScript value. */
export function inferType(value: unknown): VariableType {
  if (value === null || value === undefined) return 'Null'
  if (typeof value === 'boolean') return 'Boolean'
  if (typeof value === 'string') return 'String'
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'Double'
    return value >= -(2 ** 31) && value < 2 ** 31 ? 'Integer' : 'Long'
  }
  return 'Json'
}

/** Checks a value against its declared type and returns the stored form. */
export function typedValue(variable: string, type: VariableType, value: unknown): TypedValue {
  const fail = () => {
    throw new BadRequestError(`Cannot convert value '${String(value)}' of variable '${variable}' to type ${type}`)
  }
  switch (type) {
    case 'Null':
      return { type, value: null }
    case 'String':
      if (value !== null && typeof value !== 'string') fail()
      return { type, value }
    case 'Boolean':
      if (value !== null && typeof value !== 'boolean') fail()
      return { type, value }
    case 'Integer':
    case 'Long':
    case 'Short':
      if (value !== null && !Number.isInteger(value)) fail()
      return { type, value }
    case 'Double':
      if (value !== null && typeof value !== 'number') fail()
      return { type, value }
    case 'Date':
      if (value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))))) fail()
      return { type, value }
    case 'Json':
      if (typeof value === 'string') {
        try {
          return { type, value: JSON.parse(value) }
        } catch {
          fail()
        }
      }
      return { type, value }
  }
}

/** A row of engine_variables as its typed value (the value column holds JSON text). */
export function storedVariable(row: { type: string; value: string | null }): TypedValue {
  return { type: row.type as VariableType, value: row.value === null ? null : JSON.parse(row.value) }
}

/** The value column's text for a typed value. */
export function storedText(typed: TypedValue): string | null {
  return typed.value === null ? null : JSON.stringify(typed.value)
}
