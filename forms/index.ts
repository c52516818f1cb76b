/**
 * The forms room's door: national code checks, the restricted formily dialect,
 * compiled server validators, field permissions, and the formily rules the
 * browser must install to reach the same verdicts.
 */
export { isCreditCode, creditCodeCheckChar } from './codes/credit_code.js'
export { isResidentIdNumber, residentIdCheckChar } from './codes/resident_id.js'
export { isMobileNumber, isProjectCode, isRegionCode } from './codes/simple_codes.js'
export { FormSchemaError } from './schema/errors.js'
export type { FormSchema, FormReaction, ValidatorDescription } from './schema/types.js'
export { compileForm, MissingDictionaryError } from './validation/compile_form.js'
export type { CompiledForm, ValidationContext, ValidationResult } from './validation/compile_form.js'
export type { FieldError } from './validation/validate_submission.js'
export { parsePermissions } from './permissions/field_permissions.js'
export type { FieldPermission, FieldPermissions } from './permissions/field_permissions.js'
export { redact } from './permissions/redact.js'
export { installFormilyRules } from './formily/install_rules.js'
export { validateWithFormily } from './formily/reference_validator.js'
export { uploadRulesOf, acceptsMime, DEFAULT_MAX_SIZE } from './uploads/upload_rules.js'
export type { UploadRules } from './uploads/upload_rules.js'
export { contentRefusal, describe as describeAccept } from './uploads/content_check.js'
export type { ContentFacts } from './uploads/content_check.js'
