import { compileExpression } from '../../expressions/index.js'
import type { LintNode, LintRuleReporter } from './lint_node.js'

/**
 * A sequence flow's condition is a JUEL expression written `${…}` (or
 * `#{…}`) without a script language, and it must parse: `days>=2` or
 * `${outcome ==}` deploy on Camunda and fail only when a token reaches the
 * gateway, so they are refused here, at deploy, naming the flow.
 */
export default function juelCondition() {
  return {
    check(node: LintNode, reporter: LintRuleReporter) {
      if (node.$type !== 'bpmn:SequenceFlow' || !node.conditionExpression) return
      const { body, language } = node.conditionExpression
      if (language) return reporter.report(node.id, `条件不支持脚本（${language}），请写 JUEL 表达式 \${…}`)
      if (!/^\s*[$#]\{[\s\S]*\}\s*$/.test(body ?? '')) return reporter.report(node.id, `条件必须是 JUEL 表达式 \${…}，现为「${body ?? ''}」`)
      try {
        compileExpression(body!.trim())
      } catch (error) {
        const cause = (error instanceof Error ? error.message : String(error)).replace(/^Syntax error in expression: [\s\S]*?\. Cause: /, '')
        reporter.report(node.id, `条件「${body!.trim()}」语法错误：${cause}`)
      }
    },
  }
}
