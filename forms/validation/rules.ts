/**
 * Turns formily validator descriptions into closures with formily's semantics
 * (see @formily/validator rules.js): every rule but `required` skips empty
 * values; min/max compare numbers by value and everything else by length;
 * messages follow formily's getRuleMessage (a description with a `format`
 * uses that format's message for all its rules) and its `{{key}}` template.
 */
import { stringLength } from '@formily/shared'
import { formatTest } from './formats.js'
import { isValidateEmpty } from './extra_rules.js'
import { FORMILY_ZH, ZHIAN_ZH } from './messages.js'
import type { ValidatorDescription } from '../schema/types.js'

/** A required rule; whether it is on may change with a linkage. */
export interface RequiredRule {
  readonly on: boolean
  readonly message: string
}

/** Any other rule: fails(value) is only called on non-empty values. */
export interface ValueRule {
  readonly fails: (value: unknown) => boolean
  readonly message: string
}

/** A field's compiled rules, in formily's order. */
export interface CompiledRules {
  readonly required: ReadonlyArray<RequiredRule>
  readonly others: ReadonlyArray<ValueRule>
}

const LOCALE: Readonly<Record<string, string>> = { ...FORMILY_ZH, ...ZHIAN_ZH }

function lengthOf(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return stringLength(value)
  return value ? (value as { length: number }).length : 0
}

function render(template: string, description: ValidatorDescription): string {
  const values = description as Record<string, unknown>
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => String(values[name]))
}

function messageFor(description: ValidatorDescription, key: string): string {
  const template = description.message ?? (description.format ? LOCALE[description.format] : LOCALE[key]) ?? LOCALE.pattern
  return render(template, description)
}

function valueRule(key: string, description: ValidatorDescription): ValueRule['fails'] | undefined {
  const limit = Number((description as Record<string, unknown>)[key])
  switch (key) {
    case 'format':
      return formatTest(description.format!)
    case 'pattern': {
      const regex = new RegExp(description.pattern!)
      return (value) => !regex.test(value as string)
    }
    case 'maxLength':
    case 'maxItems':
    case 'maximum':
      return (value) => lengthOf(value) > limit
    case 'minLength':
    case 'minItems':
    case 'minimum':
      return (value) => lengthOf(value) < limit
    default:
      return undefined
  }
}

/** Compiles descriptions; `linkedRequired` adds formily's implicit `{required}` a linkage would prepend. */
export function compileRules(descriptions: ReadonlyArray<ValidatorDescription>, linkedRequired: boolean): CompiledRules {
  const required: RequiredRule[] = []
  const others: ValueRule[] = []
  for (const description of descriptions) {
    if ('required' in description) required.push({ on: description.required === true, message: messageFor(description, 'required') })
    for (const key of Object.keys(description)) {
      const fails = key === 'required' ? undefined : valueRule(key, description)
      if (fails) others.push({ fails, message: messageFor(description, key) })
    }
  }
  if (linkedRequired && required.length === 0) required.push({ on: false, message: LOCALE.required })
  return { required, others }
}

export { isValidateEmpty }
