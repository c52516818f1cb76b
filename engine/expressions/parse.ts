import jsep from 'jsep'
import { ExpressionSyntaxError } from './errors.js'

/** One node of a parsed `${...}` body, as jsep shapes it. */
export type ExpressionNode = jsep.Expression

/**
 * A parsed expression text: literal runs and `${...}` bodies in order. A lone `${...}`
 * is one node (its value keeps its type); anything else evaluates to a string.
 */
export interface CompiledExpression {
  readonly source: string
  readonly parts: ReadonlyArray<string | ExpressionNode>
}

/** The jsep class statics the parser reads on every call; only reachable through `jsep.Jsep`. */
interface JsepGrammar {
  binary_ops: Record<string, number>
  unary_ops: Record<string, number>
  literals: Record<string, unknown>
  right_associative: Set<string>
  max_binop_len: number
  max_unop_len: number
}

// EL precedence (higher binds tighter); JS-only operators (===, ??, bitwise, **) are left out
// so they fail to parse instead of silently meaning something JUEL never meant.
// prettier-ignore
const JUEL_GRAMMAR: JsepGrammar = {
  binary_ops: {
    'or': 1, '||': 1,
    'and': 2, '&&': 2,
    '==': 6, '!=': 6, 'eq': 6, 'ne': 6,
    '<': 7, '>': 7, '<=': 7, '>=': 7, 'lt': 7, 'gt': 7, 'le': 7, 'ge': 7,
    '+': 9, '-': 9,
    '*': 10, '/': 10, 'div': 10, '%': 10, 'mod': 10,
  },
  unary_ops: { '-': 1, '!': 1, 'not': 1, 'empty': 1 },
  literals: { true: true, false: false, null: null },
  right_associative: new Set(),
  max_binop_len: 3,
  max_unop_len: 5,
}

const Jsep = (jsep as unknown as { Jsep: JsepGrammar }).Jsep
const GRAMMAR_KEYS = Object.keys(JUEL_GRAMMAR) as Array<keyof JsepGrammar>

/**
 * jsep keeps its grammar in class statics shared by the whole process; forms/ may use jsep
 * with JS operators, so ours is swapped in only for the synchronous parse and then restored.
 */
function parseWithJuelGrammar(body: string): ExpressionNode {
  const saved: Record<string, unknown> = {}
  for (const key of GRAMMAR_KEYS) saved[key] = Jsep[key]
  Object.assign(Jsep, JUEL_GRAMMAR)
  try {
    return jsep(body)
  } finally {
    Object.assign(Jsep, saved)
  }
}

const UNSUPPORTED: Record<string, string> = {
  Compound: 'expected a single expression',
  SequenceExpression: 'expected a single expression',
  ArrayExpression: 'list literals are not part of JUEL',
  ThisExpression: "'this' is not supported",
}

/** jsep accepts more than JUEL; refuse the rest at deploy time rather than at a gateway. */
function checkSubset(node: ExpressionNode): string | null {
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp ? 'regular expressions are not supported' : null
    case 'Identifier':
      return null
    case 'MemberExpression': {
      const member = node as jsep.MemberExpression
      if (member.optional) return "'?.' is not part of JUEL"
      return checkSubset(member.object) ?? (member.computed ? checkSubset(member.property) : null)
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression
      if (call.callee.type !== 'MemberExpression') return 'functions are not supported, only allow-listed methods'
      return checkSubset(call.callee) ?? firstProblem(call.arguments)
    }
    case 'UnaryExpression':
      return checkSubset((node as jsep.UnaryExpression).argument)
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression
      return checkSubset(binary.left) ?? checkSubset(binary.right)
    }
    case 'ConditionalExpression': {
      const ternary = node as jsep.ConditionalExpression
      return firstProblem([ternary.test, ternary.consequent, ternary.alternate])
    }
    default:
      return UNSUPPORTED[node.type] ?? `${node.type} is not supported`
  }
}

function firstProblem(nodes: ExpressionNode[]): string | null {
  for (const node of nodes) {
    const problem = checkSubset(node)
    if (problem) return problem
  }
  return null
}

function compileBody(source: string, body: string, offset: number): ExpressionNode {
  if (body.trim() === '') throw new ExpressionSyntaxError(source, `empty expression at character ${offset}`)
  let node: ExpressionNode
  try {
    node = parseWithJuelGrammar(body)
  } catch (error) {
    const failure = error as { description?: string; index?: number }
    const cause =
      error instanceof RangeError
        ? 'expression nests too deeply'
        : `${failure.description ?? String(error)} at character ${offset + (failure.index ?? 0)}`
    throw new ExpressionSyntaxError(source, cause, { cause: error })
  }
  const problem = checkSubset(node)
  if (problem) throw new ExpressionSyntaxError(source, problem)
  return node
}

/** Index of the `}` closing a body that starts at `from`; braces inside string literals do not count. */
function closingBrace(source: string, from: number): number {
  let quote: string | null = null
  for (let i = from; i < source.length; i++) {
    const ch = source[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
    } else if (ch === "'" || ch === '"') {
      quote = ch
    } else if (ch === '}') {
      return i
    }
  }
  return -1
}

/** Splits text like JUEL's composite parser: `\${` stays literal, and `${` and `#{` never mix. */
function compileParts(source: string): Array<string | ExpressionNode> {
  const parts: Array<string | ExpressionNode> = []
  let text = ''
  let marker: string | null = null
  let i = 0
  while (i < source.length) {
    const ch = source[i]
    const next = source[i + 1]
    if (ch === '\\' && (next === '$' || next === '#') && source[i + 2] === '{') {
      text += `${next}{`
      i += 3
    } else if ((ch === '$' || ch === '#') && next === '{') {
      if (marker && marker !== ch) throw new ExpressionSyntaxError(source, '${...} and #{...} cannot be mixed')
      marker = ch
      const end = closingBrace(source, i + 2)
      if (end < 0) throw new ExpressionSyntaxError(source, `'${ch}{' at character ${i} is never closed`)
      if (text) parts.push(text)
      text = ''
      parts.push(compileBody(source, source.slice(i + 2, end), i + 2))
      i = end + 1
    } else {
      text += ch
      i++
    }
  }
  if (text || parts.length === 0) parts.push(text)
  return parts
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const CACHE_LIMIT = 1000
const cache = new Map<string, CompiledExpression>()

/**
 * Parses `${...}`, `#{...}`, composite or plain text once and caches it (least recently used
 * dropped past 1000); the result is frozen because every caller shares it.
 */
export function compileExpression(source: string): CompiledExpression {
  const cached = cache.get(source)
  if (cached) {
    cache.delete(source)
    cache.set(source, cached)
    return cached
  }
  const compiled = deepFreeze({ source, parts: compileParts(source) })
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  cache.set(source, compiled)
  return compiled
}
