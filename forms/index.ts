/**
 * The forms room's door. Schemas, compiled validators and uploads arrive with
 * issue 4; the national code checks are here already because Vine rules in the
 * portal and, later, form formats share them.
 */
export { isCreditCode, creditCodeCheckChar } from './codes/credit_code.js'
export { isResidentIdNumber, residentIdCheckChar } from './codes/resident_id.js'
export { isMobileNumber, isProjectCode, isRegionCode } from './codes/simple_codes.js'
export { compileForm } from './validation/compile_form.js'
export type { CompiledForm, ValidationContext, ValidationResult } from './validation/compile_form.js'
export type { FieldPermission, FieldPermissions } from './permissions/field_permissions.js'
export { redact } from './permissions/redact.js'
