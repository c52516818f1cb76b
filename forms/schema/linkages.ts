/**
 * The one linkage shape the dialect accepts:
 *   { "dependencies": ["hasDeepPit" | ".rowSibling"], "fulfill": { "state": { "visible"|"required": "{{…}}" } } }
 * Absolute dependencies name a field outside any table; `.x` names a sibling in
 * the same table row (formily resolves it against the row's address). Visibility
 * chains must not loop: formily would never settle, we refuse at compile time.
 */
import { FormSchemaError } from './errors.js'
import { EXPRESSION_SHAPE } from './dialect.js'
import { parseCondition } from './expression.js'
import type { DependencyRef, FieldNode, Linkage } from './nodes.js'

type Writable = { -readonly [K in keyof FieldNode]: FieldNode[K] }

interface Pending {
  readonly path: string
  readonly node: FieldNode
  readonly raw: unknown
  readonly container: string
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function allFields(fields: ReadonlyArray<FieldNode>, into = new Map<string, FieldNode>()): Map<string, FieldNode> {
  for (const field of fields) {
    into.set(field.pattern, field)
    if (field.children) allFields(field.children, into)
  }
  return into
}

/** Collects x-reactions while the walk runs; resolves them once every field is known. */
export class PendingLinkages {
  #pending: Pending[] = []

  add(path: string, node: FieldNode, raw: unknown, container: string): void {
    this.#pending.push({ path, node, raw, container })
  }

  resolve(fields: FieldNode[]): FieldNode[] {
    const byPattern = allFields(fields)
    for (const pending of this.#pending) this.#attach(pending, byPattern)
    this.#refuseCycles(byPattern)
    return fields
  }

  #attach({ path, node, raw, container }: Pending, byPattern: Map<string, FieldNode>): void {
    const reactions = Array.isArray(raw) ? raw : [raw]
    for (const reaction of reactions) {
      if (!isPlainObject(reaction) || Object.keys(reaction).some((k) => k !== 'dependencies' && k !== 'fulfill')) {
        throw new FormSchemaError(path, 'x-reactions 只能包含 dependencies 与 fulfill')
      }
      const deps = reaction.dependencies
      if (!Array.isArray(deps) || deps.length === 0 || deps.some((d) => typeof d !== 'string')) {
        throw new FormSchemaError(path, 'x-reactions.dependencies 必须是非空的字段路径数组')
      }
      const dependencies = deps.map((dep: string) => this.#reference(path, node, dep, container, byPattern))
      const fulfill = reaction.fulfill
      const state = isPlainObject(fulfill) ? fulfill.state : undefined
      if (!isPlainObject(fulfill) || Object.keys(fulfill).length !== 1 || !isPlainObject(state)) {
        throw new FormSchemaError(path, 'x-reactions.fulfill 只能包含 state')
      }
      for (const [key, source] of Object.entries(state)) {
        if (key !== 'visible' && key !== 'required') throw new FormSchemaError(path, `联动只能设置 visible 或 required，不能设置「${key}」`)
        const linkage = this.#linkage(path, source, dependencies)
        const target = node as Writable
        if (key === 'visible') target.visibleWhen = linkage
        else target.requiredWhen = linkage
      }
    }
  }

  #linkage(path: string, source: unknown, dependencies: DependencyRef[]): Linkage {
    const match = typeof source === 'string' ? EXPRESSION_SHAPE.exec(source) : null
    if (!match) throw new FormSchemaError(path, '联动条件必须写成 {{ … }}')
    try {
      const parsed = parseCondition(match[1])
      if (parsed.maxDep >= dependencies.length) throw new SyntaxError(`$deps[${parsed.maxDep}] 超出 dependencies 的范围`)
      return { dependencies, test: parsed.test }
    } catch (error) {
      throw new FormSchemaError(path, `联动条件「${match[1].trim()}」无效：${(error as Error).message}`)
    }
  }

  #reference(path: string, node: FieldNode, dep: string, container: string, byPattern: Map<string, FieldNode>): DependencyRef {
    if (dep.startsWith('.')) {
      const key = dep.slice(1)
      const sibling = node.pattern.slice(0, node.pattern.lastIndexOf('.') + 1) + key
      if (container !== 'row' || !byPattern.has(sibling) || key.includes('.')) {
        throw new FormSchemaError(path, `相对依赖「${dep}」只能指向同一表格行中的字段`)
      }
      return { scope: 'sibling', key }
    }
    const target = byPattern.get(dep)
    if (!target || dep.includes('*')) throw new FormSchemaError(path, `依赖「${dep}」不是表格之外的已声明字段`)
    return { scope: 'root', path: dep.split('.') }
  }

  #refuseCycles(byPattern: Map<string, FieldNode>): void {
    const state = new Map<FieldNode, 'visiting' | 'done'>()
    const visit = (node: FieldNode): void => {
      if (state.get(node) === 'done') return
      if (state.get(node) === 'visiting') throw new FormSchemaError(node.pattern, '显示联动形成了循环依赖')
      state.set(node, 'visiting')
      const prefix = node.pattern.slice(0, node.pattern.lastIndexOf('.') + 1)
      for (const dep of node.visibleWhen?.dependencies ?? []) {
        const target = dep.scope === 'root' ? byPattern.get(dep.path.join('.')) : byPattern.get(prefix + dep.key)
        if (target) visit(target)
      }
      state.set(node, 'done')
    }
    for (const node of byPattern.values()) visit(node)
  }
}
