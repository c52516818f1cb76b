/**
 * The door of engine/expressions: JUEL `${...}` as Camunda 7 evaluates it, parsed by jsep
 * and interpreted here against an allow-list, never through eval.
 */
export { compileExpression } from './parse.js'
export type { CompiledExpression, ExpressionNode } from './parse.js'
export { evaluateExpression, evaluateCondition, isExpression } from './evaluate.js'
export type { ExpressionContext, WorkDays } from './evaluate.js'
export {
  ExpressionError,
  ExpressionSyntaxError,
  UnknownPropertyError,
  ExpressionEvaluationError,
} from './errors.js'
