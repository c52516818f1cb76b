import type { LintNode, LintRuleReporter } from './lint_node.js'

/**
 * A sequence flow's condition is a JUEL expression written `${…}` (or
 * `#{…}`) without a script language: `days>=2` deploys on Camunda and fails
 * at the gateway, so it is refused here, at deploy.
 */
export default function juelCondition() {
  return {
    check(node: LintNode, reporter: LintRuleReporter) {
      if (node.$type !== 'bpmn:SequenceFlow' || !node.conditionExpression) return
      const { body, language } = node.conditionExpression
      if (language) reporter.report(node.id, `Script conditions (${language}) are not supported`)
      else if (!/^\s*[$#]\{[\s\S]*\}\s*$/.test(body ?? '')) reporter.report(node.id, 'Condition must be an expression ${…}')
    },
  }
}
