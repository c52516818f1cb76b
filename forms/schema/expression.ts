/**
 * The linkage expression grammar, parsed here by hand (no eval, no new Function,
 * no shared parser state):
 *   expr  := and ('||' and)*          and := unary ('&&' unary)*
 *   unary := '!' unary | '(' expr ')' | dep ('===' | '!==') literal | literal ('===' | '!==') dep
 *   dep   := '$deps[' digit+ ']'      literal := 'str' | "str" | number | true | false | null
 * The result is a closure over the dependency values that always returns a boolean.
 */
export type Condition = (deps: ReadonlyArray<unknown>) => boolean

/** A parsed linkage expression and the highest `$deps` index it reads. */
export interface ParsedCondition {
  readonly test: Condition
  readonly maxDep: number
}

type Token = { kind: 'op' | 'dep' | 'lit'; text: string; value?: unknown }

const TOKEN =
  /\s*(?:(\|\||&&|===|!==|!|\(|\))|\$deps\[(\d+)\]|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|(true|false|null))/y

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1')
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(source)
    if (!m) throw new SyntaxError(`表达式在第 ${at + 1} 个字符处不在允许的语法内`)
    if (m[1]) tokens.push({ kind: 'op', text: m[1] })
    else if (m[2] !== undefined) tokens.push({ kind: 'dep', text: m[0], value: Number(m[2]) })
    else if (m[3] !== undefined) tokens.push({ kind: 'lit', text: m[0], value: unescape(m[3]) })
    else if (m[4] !== undefined) tokens.push({ kind: 'lit', text: m[0], value: unescape(m[4]) })
    else if (m[5] !== undefined) tokens.push({ kind: 'lit', text: m[0], value: Number(m[5]) })
    else tokens.push({ kind: 'lit', text: m[0], value: m[6] === 'null' ? null : m[6] === 'true' })
  }
  return tokens
}

class Parser {
  #tokens: Token[]
  #at = 0
  maxDep = -1

  constructor(tokens: Token[]) {
    this.#tokens = tokens
  }

  parse(): Condition {
    const result = this.#or()
    if (this.#at < this.#tokens.length) throw new SyntaxError(`多余的内容「${this.#tokens[this.#at].text}」`)
    return result
  }

  #peek(text: string): boolean {
    const token = this.#tokens[this.#at]
    return token?.kind === 'op' && token.text === text
  }

  #or(): Condition {
    let left = this.#and()
    while (this.#peek('||')) {
      this.#at++
      const a = left
      const b = this.#and()
      left = (deps) => a(deps) || b(deps)
    }
    return left
  }

  #and(): Condition {
    let left = this.#unary()
    while (this.#peek('&&')) {
      this.#at++
      const a = left
      const b = this.#unary()
      left = (deps) => a(deps) && b(deps)
    }
    return left
  }

  #unary(): Condition {
    if (this.#peek('!')) {
      this.#at++
      const inner = this.#unary()
      return (deps) => !inner(deps)
    }
    if (this.#peek('(')) {
      this.#at++
      const inner = this.#or()
      if (!this.#peek(')')) throw new SyntaxError('缺少右括号')
      this.#at++
      return inner
    }
    return this.#comparison()
  }

  #comparison(): Condition {
    const first = this.#tokens[this.#at++]
    const op = this.#tokens[this.#at++]
    const second = this.#tokens[this.#at++]
    if (!first || !op || !second || op.kind !== 'op' || (op.text !== '===' && op.text !== '!==')) {
      throw new SyntaxError('只允许 $deps[i] === 常量 或 $deps[i] !== 常量 形式的比较')
    }
    const dep = first.kind === 'dep' ? first : second
    const lit = first.kind === 'dep' ? second : first
    if (dep.kind !== 'dep' || lit.kind !== 'lit') throw new SyntaxError('比较的一边必须是 $deps[i]，另一边必须是常量')
    const index = dep.value as number
    const literal = lit.value
    this.maxDep = Math.max(this.maxDep, index)
    return op.text === '===' ? (deps) => deps[index] === literal : (deps) => deps[index] !== literal
  }
}

/** Parses the inside of `{{ … }}`; throws SyntaxError (Chinese message) outside the grammar. */
export function parseCondition(source: string): ParsedCondition {
  const parser = new Parser(tokenize(source))
  const test = parser.parse()
  return { test, maxDep: parser.maxDep }
}
