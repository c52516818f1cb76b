/**
 * The JSON shape of a Zhian form schema: the subset of formily's ISchema that
 * the dialect accepts (see ../README.md). Kept structural so plain JSON fits.
 */
export type FieldType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'void'

/** One validator description, as in formily's `x-validator` (no functions). */
export interface ValidatorDescription {
  required?: boolean
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  message?: string
  triggerType?: 'onInput' | 'onBlur' | 'onFocus'
}

/** The declarative linkage: dependencies plus `fulfill.state.visible|required` expressions. */
export interface FormReaction {
  dependencies: string[]
  fulfill: { state: { visible?: string; required?: string } }
}

/** A schema node; the root is a `type: 'object'` node with `properties`. Its rule keywords are the validator's. */
export interface FormSchema extends Omit<ValidatorDescription, 'message' | 'triggerType'> {
  type?: FieldType
  title?: string
  description?: string
  default?: unknown
  enum?: Array<string | number | boolean | { label?: string; value: string | number | boolean }>
  properties?: Record<string, FormSchema>
  items?: FormSchema
  'x-index'?: number
  'x-component'?: string
  'x-component-props'?: Record<string, unknown>
  'x-decorator'?: string
  'x-decorator-props'?: Record<string, unknown>
  'x-validator'?: string | ValidatorDescription | Array<string | ValidatorDescription>
  'x-reactions'?: FormReaction | FormReaction[]
  'x-data-source'?: { dictionary: string }
  'x-content'?: string
  [key: `x-designable-${string}`]: unknown
}
