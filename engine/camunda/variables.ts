import { BadRequestError } from '../errors.js'
import { type TypedValue, type Variables, typedValue, variableType } from '../runtime/variables.js'

/** One variable as Camunda's REST API carries it. */
export interface VariableDto {
  value: unknown
  type?: string
  valueInfo?: Record<string, unknown>
}

/** `{name: {value, type, valueInfo}}` from a request into checked typed values. */
export function fromVariableDtos(dtos: Record<string, VariableDto> | null | undefined): Variables {
  if (!dtos) return {}
  const variables: Record<string, TypedValue> = {}
  for (const [name, dto] of Object.entries(dtos)) {
    if (dto === null || typeof dto !== 'object') throw new BadRequestError(`Variable '${name}' must be an object {value, type}`)
    const type = variableType(dto.type, dto.value, name)
    variables[name] = typedValue(name, type, dto.value)
  }
  return variables
}

/** Typed values into Camunda's response shape; Json travels as a string, as Camunda sends it. */
export function toVariableDtos(variables: Readonly<Record<string, TypedValue>>): Record<string, VariableDto> {
  const dtos: Record<string, VariableDto> = {}
  for (const [name, typed] of Object.entries(variables)) {
    const value = typed.type === 'Json' ? JSON.stringify(typed.value) : typed.value
    dtos[name] = { type: typed.type, value, valueInfo: {} }
  }
  return dtos
}
