/** Deploy-time model checks: bpmnlint with a curated rule set plus Zhian's own rules. */
export { lintBpmn } from './lint_bpmn.js'
export { checkCondition } from './condition_check.js'
export type { LintFinding, LintResult } from './lint_bpmn.js'
