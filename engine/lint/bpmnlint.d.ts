/** bpmnlint 11 ships no types for its entry or its rule modules; this is the part engine/lint uses. */
declare module 'bpmnlint' {
  export interface LintReport {
    id?: string
    message: string
    category: 'warn' | 'error' | 'info' | 'rule-error'
  }
  export interface LintResolver {
    resolveRule(pkg: string, ruleName: string): unknown
    resolveConfig(pkg: string, configName: string): unknown
  }
  export class Linter {
    constructor(options: { config: { rules: Record<string, string> }; resolver: LintResolver })
    lint(root: unknown): Promise<Record<string, LintReport[]>>
  }
}

declare module 'bpmnlint/rules/*' {
  const factory: (config?: unknown) => { check: unknown }
  export default factory
}
