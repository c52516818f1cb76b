import type { LintNode, LintRuleReporter } from './lint_node.js'

/**
 * An exclusive gateway that forks must say which way each token goes: a
 * default flow, or a condition on every outgoing flow. Camunda would silently
 * take the first unconditioned flow; we refuse the model instead.
 */
export default function exclusiveGatewayDefault() {
  return {
    check(node: LintNode, reporter: LintRuleReporter) {
      if (node.$type !== 'bpmn:ExclusiveGateway') return
      const outgoing = node.outgoing ?? []
      if (outgoing.length < 2 || node.default) return
      if (outgoing.some((flow) => !flow.conditionExpression)) {
        reporter.report(node.id, '排他网关有多条离开的顺序流，须有默认流或每条都有条件')
      }
    },
  }
}
