import { checkDueDate } from '../due_date_check.js'
import type { LintNode, LintRuleReporter } from './lint_node.js'

const ATTRIBUTES = ['dueDate', 'followUpDate'] as const

/**
 * A user task's camunda:dueDate / followUpDate written as an expression must
 * parse, and `${workCalendar.dueIn(n)}` with a literal n must count whole
 * working days (1…365): otherwise the deadline would fail only when a token
 * reaches the task, so the model is refused at deploy, naming the task.
 */
export default function dueDateExpression() {
  return {
    check(node: LintNode, reporter: LintRuleReporter) {
      if (node.$type !== 'bpmn:UserTask') return
      for (const attribute of ATTRIBUTES) {
        const text = node[attribute]
        const problem = text ? checkDueDate(text) : null
        if (problem) reporter.report(node.id, `camunda:${attribute}「${text!.trim()}」：${problem}`)
      }
    },
  }
}
