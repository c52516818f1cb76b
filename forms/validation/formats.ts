/**
 * Format checks. formily's formats are regular expressions from its registry
 * (the same objects the browser uses); Zhian's formats need check digits, so
 * they are functions. Both the compiled validator and the formily rules that
 * installFormilyRules() registers call `formatFails`.
 */
import { getValidateFormats } from '@formily/validator'
import { isCreditCode } from '../codes/credit_code.js'
import { isResidentIdNumber } from '../codes/resident_id.js'
import { isMobileNumber, isProjectCode } from '../codes/simple_codes.js'

/** Zhian's formats: a value passes only if it is a string the check accepts. */
export const ZHIAN_FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  uscc: isCreditCode,
  zhmobile: isMobileNumber,
  projectcode: isProjectCode,
  idnumber: isResidentIdNumber,
}

/** A compiled format test: true when the (non-empty) value fails the format. */
export function formatTest(name: string): (value: unknown) => boolean {
  const check = ZHIAN_FORMATS[name]
  if (check) return (value) => typeof value !== 'string' || !check(value)
  const source = getValidateFormats(name) as RegExp | undefined
  if (!source) return () => false
  // formily runs `new RegExp(format).test(value)`: same regex, same coercion of non-strings
  const regex = new RegExp(source)
  return (value) => !regex.test(value as string)
}
