import { compileExpression } from '../expressions/index.js'
import { ExpressionSyntaxError } from '../expressions/errors.js'

/** The parser's English causes that a model author meets most, in Chinese; the rest are shown as the parser wrote them. */
const CAUSES: ReadonlyArray<[RegExp, (...parts: string[]) => string]> = [
  [/^Expected expression after (.+) at character (\d+)$/, (op, at) => `“${op}”之后缺少内容（第 ${at} 个字符）`],
  [/^Expected expression at character (\d+)$/, (at) => `缺少表达式（第 ${at} 个字符）`],
  [/^Unclosed quote after "(.*)" at character (\d+)$/, (text, at) => `字符串“${text}”缺少结束引号（第 ${at} 个字符）`],
  [/^Unclosed \( at character (\d+)$/, (at) => `括号没有闭合（第 ${at} 个字符）`],
  [/^Unexpected token (.+) at character (\d+)$/, (token, at) => `第 ${at} 个字符处不应出现“${token}”`],
  [/^Unexpected "?(.+?)"? at character (\d+)$/, (token, at) => `第 ${at} 个字符处不应出现“${token}”`],
  [/^'([$#])\{' at character (\d+) is never closed$/, (marker, at) => `第 ${at} 个字符处的“${marker}{”没有对应的“}”`],
  [/^empty expression at character (\d+)$/, () => '“${}”中没有内容'],
  [/^functions are not supported/, () => '不支持调用函数，只能调用允许的方法（如 contains）'],
  [/^\$\{\.\.\.\} and #\{\.\.\.\} cannot be mixed$/, () => '“${…}”与“#{…}”不能混用'],
]

/** A parser cause in Chinese when the table knows it, else as the parser wrote it. */
function inChinese(detail: string): string {
  for (const [pattern, say] of CAUSES) {
    const match = pattern.exec(detail)
    if (match) return say(...match.slice(1))
  }
  return detail
}

/**
 * The parts of an expression as the engine's parser reads them, or why it
 * cannot (a syntax error, in Chinese). Other errors are the engine's own and
 * go on up.
 */
export function compiledParts(text: string): { parts: ReadonlyArray<unknown> } | { problem: string } {
  try {
    return { parts: compileExpression(text.trim()).parts }
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { problem: `表达式语法错误：${inChinese(error.detail)}` }
    throw error
  }
}

/**
 * Checks a sequence flow's condition as the engine will read it: one JUEL
 * expression `${…}` (or `#{…}`) that the engine's own parser accepts. Returns
 * the reason in Chinese, or null when the engine can run it.
 */
export function checkCondition(text: string): string | null {
  const compiled = compiledParts(text)
  if ('problem' in compiled) return compiled.problem
  const { parts } = compiled
  // plain text or `${a} and ${b}` compiles too, but evaluates to a string, never to a decision
  if (parts.length !== 1 || typeof parts[0] === 'string') return '条件必须是一个表达式，写成 ${…}，例如 ${outcome == \'approve\'}'
  return null
}
