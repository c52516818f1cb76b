/** The slice of a bpmn-moddle element our lint rules read. */
export interface LintNode {
  $type: string
  id: string
  $parent?: LintNode
  isExecutable?: boolean
  default?: LintNode
  incoming?: LintNode[]
  outgoing?: LintNode[]
  sourceRef?: LintNode
  targetRef?: LintNode
  flowElements?: LintNode[]
  rootElements?: LintNode[]
  conditionExpression?: { body?: string; language?: string }
  /** a user task's camunda:dueDate / followUpDate */
  dueDate?: string
  followUpDate?: string
}

/** What bpmnlint hands a rule to report a finding on an element. */
export interface LintRuleReporter {
  report(id: string, message: string): void
}
