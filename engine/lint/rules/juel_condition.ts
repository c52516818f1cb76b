import { checkCondition } from '../condition_check.js'
import type { LintNode, LintRuleReporter } from './lint_node.js'

/**
 * A sequence flow's condition is one JUEL expression written `${…}` (or
 * `#{…}`) without a script language, and it must parse: `days>=2` or
 * `${outcome ==}` deploy on Camunda and fail only when a token reaches the
 * gateway, so they are refused here, at deploy, naming the flow, with the
 * same reason the modeler shows while the condition is typed.
 */
export default function juelCondition() {
  return {
    check(node: LintNode, reporter: LintRuleReporter) {
      if (node.$type !== 'bpmn:SequenceFlow' || !node.conditionExpression) return
      const { body, language } = node.conditionExpression
      if (language) return reporter.report(node.id, `条件不支持脚本（${language}），请写 JUEL 表达式 \${…}`)
      const problem = checkCondition(body ?? '')
      if (problem) reporter.report(node.id, `条件「${(body ?? '').trim()}」：${problem}`)
    },
  }
}
