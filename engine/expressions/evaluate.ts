import type jsep from 'jsep'
import { compileExpression } from './parse.js'
import type { CompiledExpression, ExpressionNode } from './parse.js'
import { ExpressionEvaluationError, UnknownPropertyError } from './errors.js'
import { ExecutionHandle, WorkCalendarHandle, callMethod, readProperty } from './members.js'
import { Refusal, elCompare, elEquals, isEmptyValue, toBoolean, toNumber, toText } from './coerce.js'

/** The deadline arithmetic behind `workCalendar`, bound by the runtime to "now" and the engine zone. */
export interface WorkDays {
  /** The end of the `days`-th working day from now; `days` is already checked to be a whole number 1…365. */
  dueIn(days: number): Date
}

/** What an expression may read: process variables, the business key and the work calendar, nothing else. */
export interface ExpressionContext {
  hasVariable(name: string): boolean
  /** The variable's value; only asked for after `hasVariable` said yes. */
  getVariable(name: string): unknown
  /** The process instance's business key, for `execution.processBusinessKey`. */
  businessKey?: string | null
  /** What the identifier `workCalendar` resolves to (a bean of that name on Camunda); without it the name is unknown. */
  workCalendar?: WorkDays
}

interface Run {
  source: string
  context: ExpressionContext
  execution: ExecutionHandle
}

function resolve(name: string, run: Run): unknown {
  // Camunda resolves `execution` before variables, so a variable of that name is shadowed
  if (name === 'execution') return run.execution
  if (run.context.hasVariable(name)) return run.context.getVariable(name) ?? null
  // beans come after variables in Camunda's resolver chain (JuelExpressionManager), so a variable named workCalendar shadows it
  if (name === 'workCalendar' && run.context.workCalendar) return new WorkCalendarHandle(run.context.workCalendar)
  throw new UnknownPropertyError(run.source, name)
}

function memberName(member: jsep.MemberExpression, run: Run): unknown {
  return member.computed ? evaluateNode(member.property, run) : (member.property as jsep.Identifier).name
}

function arithmetic(operator: string, left: unknown, right: unknown): number {
  // EL: an operation on two nulls is 0, whatever the operator
  if ((left ?? null) === null && (right ?? null) === null) return 0
  const x = toNumber(left)
  const y = toNumber(right)
  switch (operator) {
    case '+':
      return x + y
    case '-':
      return x - y
    case '*':
      return x * y
    case '/':
    case 'div':
      return x / y
    default:
      // long % 0 throws ArithmeticException in Java; NaN would hide the mistake
      if (y === 0 && Number.isInteger(x)) throw new Refusal('division by zero in mod')
      return x % y
  }
}

function relational(operator: string, left: unknown, right: unknown): boolean {
  if (left === right && (operator === '<=' || operator === '>=')) return true
  if (left === null || left === undefined || right === null || right === undefined) return false
  const order = elCompare(left, right)
  if (operator === '<') return order < 0
  if (operator === '>') return order > 0
  return operator === '<=' ? order <= 0 : order >= 0
}

const WORD_OPERATORS: Record<string, string> = { eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', and: '&&', or: '||' }

function binary(node: jsep.BinaryExpression, run: Run): unknown {
  const operator = WORD_OPERATORS[node.operator] ?? node.operator
  const left = evaluateNode(node.left, run)
  // and/or short-circuit: the right side is never evaluated, so it may name unknown variables
  if (operator === '&&') return toBoolean(left) && toBoolean(evaluateNode(node.right, run))
  if (operator === '||') return toBoolean(left) || toBoolean(evaluateNode(node.right, run))
  const right = evaluateNode(node.right, run)
  if (operator === '==') return elEquals(left, right)
  if (operator === '!=') return !elEquals(left, right)
  if (operator === '<' || operator === '>' || operator === '<=' || operator === '>=') {
    return relational(operator, left, right)
  }
  return arithmetic(operator, left, right)
}

function unary(node: jsep.UnaryExpression, run: Run): unknown {
  const value = evaluateNode(node.argument, run)
  if (node.operator === 'empty') return isEmptyValue(value)
  if (node.operator === '-') return value === null || value === undefined ? 0 : -toNumber(value)
  return !toBoolean(value)
}

function evaluateNode(node: ExpressionNode, run: Run): unknown {
  switch (node.type) {
    case 'Literal':
      return (node as jsep.Literal).value
    case 'Identifier':
      return resolve((node as jsep.Identifier).name, run)
    case 'MemberExpression': {
      const member = node as jsep.MemberExpression
      return readProperty(evaluateNode(member.object, run), memberName(member, run))
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression
      const callee = call.callee as jsep.MemberExpression
      const base = evaluateNode(callee.object, run)
      const name = toText(memberName(callee, run))
      return callMethod(base, name, call.arguments.map((argument) => evaluateNode(argument, run)))
    }
    case 'UnaryExpression':
      return unary(node as jsep.UnaryExpression, run)
    case 'BinaryExpression':
      return binary(node as jsep.BinaryExpression, run)
    case 'ConditionalExpression': {
      const ternary = node as jsep.ConditionalExpression
      return evaluateNode(toBoolean(evaluateNode(ternary.test, run)) ? ternary.consequent : ternary.alternate, run)
    }
    default:
      // compileExpression refuses every other node type; this guards hand-built trees
      throw new Refusal(`${node.type} is not supported`)
  }
}

function exposed(value: unknown): unknown {
  if (value instanceof ExecutionHandle) throw new Refusal("'execution' can only be used through its members")
  if (value instanceof WorkCalendarHandle) throw new Refusal("'workCalendar' can only be used through dueIn(n)")
  return value ?? null
}

function run<T>(source: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof Refusal) throw new ExpressionEvaluationError(source, error.message, { cause: error })
    throw error
  }
}

/**
 * A lone `${...}` returns its value with its type (number, boolean, JSON, null); composite
 * or plain text returns a string, as JUEL composite expressions do.
 */
export function evaluateExpression(source: string | CompiledExpression, context: ExpressionContext): unknown {
  const compiled = typeof source === 'string' ? compileExpression(source) : source
  const state: Run = { source: compiled.source, context, execution: new ExecutionHandle(context) }
  const { parts } = compiled
  return run(compiled.source, () => {
    if (parts.length === 1 && typeof parts[0] !== 'string') return exposed(evaluateNode(parts[0], state))
    return parts.map((part) => (typeof part === 'string' ? part : toText(evaluateNode(part, state)))).join('')
  })
}

/** For gateway conditions: the result coerced to boolean by EL rules (null → false, 'true' → true). */
export function evaluateCondition(source: string | CompiledExpression, context: ExpressionContext): boolean {
  const compiled = typeof source === 'string' ? compileExpression(source) : source
  const value = evaluateExpression(compiled, context)
  return run(compiled.source, () => toBoolean(value))
}

/** True when the text holds a `${` or `#{` part, i.e. it is not a plain literal. */
export function isExpression(text: string): boolean {
  return text.includes('${') || text.includes('#{')
}
