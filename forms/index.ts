/**
 * The forms room's door. Schemas, compiled validators and uploads arrive with
 * issue 4; the national code checks are here already because Vine rules in the
 * portal and, later, form formats share them.
 */
export { isCreditCode, creditCodeCheckChar } from './codes/credit_code.js'
export { isResidentIdNumber, residentIdCheckChar } from './codes/resident_id.js'
export { isMobileNumber, isProjectCode, isRegionCode } from './codes/simple_codes.js'
export { uploadRulesOf, acceptsMime, DEFAULT_MAX_SIZE } from './uploads/upload_rules.js'
export type { UploadRules } from './uploads/upload_rules.js'
export { contentRefusal, describe as describeAccept } from './uploads/content_check.js'
export type { ContentFacts } from './uploads/content_check.js'
