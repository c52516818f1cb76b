import type Handlebars from 'handlebars'
import { documentHelpers } from './helpers.js'
import { documentEnvironment, housePartialNames } from './handlebars_env.js'

/** Where a template's source is wrong: 1-based line and column, and why, in Chinese. */
export interface SourceProblem {
  readonly line: number
  readonly column: number
  readonly detail: string
}

type Node = hbs.AST.Node & Record<string, any>

/** Handlebars' own block helpers; everything else callable comes from documents/templates/helpers.ts. */
const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log']

/**
 * The first syntax error of a template, or else every partial and helper it
 * names that documents/ does not have. Rendering would find these too, but
 * only when the data reaches them and without a line; an editor wants them
 * at once, where they are.
 */
export function sourceProblems(source: string): SourceProblem[] {
  const env = documentEnvironment()
  let program: hbs.AST.Program
  try {
    program = env.parse(source)
  } catch (error) {
    return [syntaxProblem(env, error)]
  }
  const problems: SourceProblem[] = []
  const partials = new Set(housePartialNames())
  const helpers = new Set([...BUILT_IN_HELPERS, ...Object.keys(documentHelpers)])
  walk(program as Node, (node) => {
    const at = { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 }
    const partial = partialName(node)
    if (partial !== undefined && !partial.startsWith('@') && !partials.has(partial)) problems.push({ ...at, detail: `没有名为 ${partial} 的公共片段（可用：${[...partials].join('、')}）` })
    const helper = helperName(node)
    if (helper !== undefined && !helpers.has(helper)) problems.push({ ...at, detail: `没有名为 ${helper} 的辅助函数（可用：${[...helpers].join('、')}）` })
  })
  return problems
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) isNode(child) && walk(child, visit)
    else if (isNode(value)) walk(value, visit)
  }
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

function partialName(node: Node): string | undefined {
  if (node.type !== 'PartialStatement' && node.type !== 'PartialBlockStatement') return undefined
  return node.name.type === 'PathExpression' ? node.name.original : undefined
}

/** A call, as opposed to printing a field: a sub-expression, or a simple name given arguments. */
function helperName(node: Node): string | undefined {
  if (node.type !== 'MustacheStatement' && node.type !== 'BlockStatement' && node.type !== 'SubExpression') return undefined
  const path = node.path as Node
  if (path.type !== 'PathExpression' || path.data || path.parts.length !== 1) return undefined
  const called = node.type === 'SubExpression' || node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0
  return called ? path.original : undefined
}

/**
 * Handlebars' parse errors are English and place the error only in their
 * text; the lexer's last location is exact (it is module state, read at
 * once, before anything else parses). Block mismatches carry their own.
 */
function syntaxProblem(env: typeof Handlebars, error: unknown): SourceProblem {
  const message = error instanceof Error ? error.message : String(error)
  const own = error as { lineNumber?: number; column?: number }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
  if (mismatch && own.lineNumber) return { line: own.lineNumber, column: (own.column ?? 0) + 1, detail: `{{#${mismatch[1]}}} 与 {{/${mismatch[2]}}} 不配对` }
  const lexer = (env as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc
  const line = lexer?.first_line ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1)
  const column = (lexer?.first_column ?? 0) + 1
  const got = /got '([^']+)'/.exec(message)?.[1]
  if (got === 'EOF') return { line, column, detail: '模板意外结束：有没有闭合的 {{#…}} 块' }
  if (got === 'INVALID') return { line, column, detail: '无法识别的写法：{{ }} 没有写完整' }
  return { line, column, detail: `语法错误（${got ? `此处不应出现 ${got}` : message.split('\n')[0]}）` }
}
