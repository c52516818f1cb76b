import type jsep from 'jsep'
import { isExpression } from '../expressions/index.js'
import type { ExpressionNode } from '../expressions/index.js'
import { MAX_WORKING_DAYS } from '../timers/work_calendar.js'
import { compiledParts } from './condition_check.js'

/** The children of a jsep node, whatever its type. */
function childrenOf(node: ExpressionNode): ExpressionNode[] {
  const children: ExpressionNode[] = []
  for (const value of Object.values(node)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') children.push(item as ExpressionNode)
    }
  }
  return children
}

/** The `workCalendar.<method>(…)` calls anywhere in a parsed body. */
function workCalendarCalls(node: ExpressionNode, found: jsep.CallExpression[] = []): jsep.CallExpression[] {
  if (node.type === 'CallExpression') {
    const callee = (node as jsep.CallExpression).callee as jsep.MemberExpression
    if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && (callee.object as jsep.Identifier).name === 'workCalendar') {
      found.push(node as jsep.CallExpression)
    }
  }
  for (const child of childrenOf(node)) workCalendarCalls(child, found)
  return found
}

/** A literal argument as written (`3`, `2.5`, `-1`, `'3'`), or null when it is computed at run time. */
function literalText(argument: ExpressionNode): { raw: string; value: unknown } | null {
  if (argument.type === 'Literal') return { raw: String((argument as jsep.Literal).raw), value: (argument as jsep.Literal).value }
  const unary = argument as jsep.UnaryExpression
  if (argument.type === 'UnaryExpression' && unary.operator === '-' && unary.argument.type === 'Literal') {
    return { raw: `-${(unary.argument as jsep.Literal).raw}`, value: -Number((unary.argument as jsep.Literal).value) }
  }
  return null
}

function checkCall(call: jsep.CallExpression): string | null {
  const callee = call.callee as jsep.MemberExpression
  const method = callee.computed ? null : (callee.property as jsep.Identifier).name
  if (method !== 'dueIn') return `workCalendar 只有 dueIn(n) 方法（见到的是 ${method ?? '[…]'}）`
  if (call.arguments.length !== 1) return `workCalendar.dueIn() 只接受一个参数：工作日天数（见到 ${call.arguments.length} 个）`
  const literal = literalText(call.arguments[0])
  // a variable or a sum is known only when the task opens; the engine checks it then
  if (!literal) return null
  const whole = typeof literal.value === 'number' && /^-?\d+$/.test(literal.raw)
  if (!whole || (literal.value as number) < 1 || (literal.value as number) > MAX_WORKING_DAYS) {
    return `workCalendar.dueIn() 的工作日天数必须是 1 到 ${MAX_WORKING_DAYS} 之间的整数（见到的是 ${literal.raw}）`
  }
  return null
}

/**
 * Checks a user task's camunda:dueDate / followUpDate expression as the
 * engine will read it: it must parse, and a `workCalendar.dueIn(n)` with a
 * literal n must name a whole number of working days. Literal dates and
 * durations are the parser's to check. Returns the reason in Chinese, or null.
 */
export function checkDueDate(text: string): string | null {
  if (!isExpression(text)) return null
  const compiled = compiledParts(text)
  if ('problem' in compiled) return compiled.problem
  for (const part of compiled.parts) {
    if (typeof part === 'string') continue
    for (const call of workCalendarCalls(part as ExpressionNode)) {
      const problem = checkCall(call)
      if (problem) return problem
    }
  }
  return null
}
