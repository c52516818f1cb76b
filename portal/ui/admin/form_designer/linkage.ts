/**
 * The linkages the designer reads and writes: 何时显示 and 何时必须填写, each
 * one comparison of one other field with a literal, in the only form the
 * server's dialect accepts (forms/README.md "Linkages"):
 *   { dependencies: ['kind'], fulfill: { state: { visible: "{{$deps[0] === '室内'}}" } } }
 * Reactions in any other shape are not the designer's: it shows and keeps them as they are.
 */
import { isObject } from './model.js'

export type Literal = string | number | boolean

/** `dep` is a data path outside tables, or `.key` for a field of the same table row. */
export interface Condition {
  readonly dep: string
  readonly op: '===' | '!=='
  readonly value: Literal
}

export interface Linkages {
  readonly visible?: Condition
  readonly required?: Condition
}

const EXPRESSION = /^\{\{\s*\$deps\[0\]\s*(===|!==)\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\s*\}\}$/

function parseLiteral(text: string): Literal {
  if (text === 'true' || text === 'false') return text === 'true'
  if (/^-?\d/.test(text)) return Number(text)
  return text.slice(1, -1).replace(/\\(.)/g, '$1')
}

/** A string literal both the server's parser and JavaScript read the same way: only `\` and `'` are escaped. */
export function literal(value: Literal): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value)
}

/** The designer's linkages of a node's `x-reactions`; `null` when they are in a shape the designer does not write. */
export function readLinkages(reactions: unknown): Linkages | null {
  if (reactions === undefined) return {}
  const found: { visible?: Condition; required?: Condition } = {}
  for (const reaction of Array.isArray(reactions) ? reactions : [reactions]) {
    if (!isObject(reaction) || Object.keys(reaction).some((k) => k !== 'dependencies' && k !== 'fulfill')) return null
    const deps = reaction.dependencies
    const state = isObject(reaction.fulfill) && Object.keys(reaction.fulfill).length === 1 ? reaction.fulfill.state : undefined
    if (!Array.isArray(deps) || deps.length !== 1 || typeof deps[0] !== 'string' || !isObject(state)) return null
    for (const [key, source] of Object.entries(state)) {
      const match = typeof source === 'string' ? EXPRESSION.exec(source) : null
      if (!match || (key !== 'visible' && key !== 'required') || found[key]) return null
      found[key] = { dep: deps[0], op: match[1] as Condition['op'], value: parseLiteral(match[2]) }
    }
  }
  return found
}

const expression = (c: Condition) => `{{$deps[0] ${c.op} ${literal(c.value)}}}`

/** `x-reactions` for the linkages: one reaction per dependency; undefined when there are none. */
export function writeLinkages({ visible, required }: Linkages): unknown {
  if (visible && required && visible.dep === required.dep) {
    return { dependencies: [visible.dep], fulfill: { state: { visible: expression(visible), required: expression(required) } } }
  }
  const reactions = [
    ...(visible ? [{ dependencies: [visible.dep], fulfill: { state: { visible: expression(visible) } } }] : []),
    ...(required ? [{ dependencies: [required.dep], fulfill: { state: { required: expression(required) } } }] : []),
  ]
  return reactions.length > 1 ? reactions : reactions[0]
}

/** Dependencies renamed with a field: `old` and `old.x` (absolute) or `.old` (same row) become the new name. */
export function renameDependencies(reactions: unknown, rename: (dep: string) => string): unknown {
  if (Array.isArray(reactions)) return reactions.map((r) => renameDependencies(r, rename))
  if (!isObject(reactions) || !Array.isArray(reactions.dependencies)) return reactions
  return { ...reactions, dependencies: reactions.dependencies.map((dep) => (typeof dep === 'string' ? rename(dep) : dep)) }
}
