import vine from '@vinejs/vine'
import { isCreditCode, isMobileNumber, isProjectCode, isRegionCode, isResidentIdNumber } from '#forms'

function codeRule(name: string, check: (value: string) => boolean) {
  return vine.createRule((value, _options, field) => {
    if (typeof value !== 'string') return
    if (!check(value)) field.report(`{{ field }}`, name, field)
  })
}

/** Field builders shared by the portal's validators; the checks themselves live in #forms. */
export const creditCode = () => vine.string().trim().toUpperCase().use(codeRule('creditCode', isCreditCode)())
export const residentId = () => vine.string().trim().toUpperCase().use(codeRule('residentId', isResidentIdNumber)())
export const mobile = () => vine.string().trim().use(codeRule('mobile', isMobileNumber)())
export const projectCode = () => vine.string().trim().use(codeRule('projectCode', isProjectCode)())
export const regionCode = () => vine.string().trim().use(codeRule('regionCode', isRegionCode)())
export const username = () => vine.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_.-]{2,63}$/)
