/**
 * A FieldNode with its rules compiled and its linkage dependencies bound to
 * the runtime fields they read, ready for the validation walk.
 */
import { compileRules, type CompiledRules } from './rules.js'
import type { FieldNode, Linkage, ValueKind } from '../schema/nodes.js'

/** How a linkage reads one dependency at validation time. */
export type BoundDependency =
  | { readonly scope: 'root'; readonly chain: ReadonlyArray<RuntimeField> }
  | { readonly scope: 'sibling'; readonly field: RuntimeField }

/** A linkage with its dependencies bound. */
export interface BoundLinkage {
  readonly dependencies: ReadonlyArray<BoundDependency>
  readonly test: Linkage['test']
}

/** One data field at validation time. */
export interface RuntimeField {
  readonly key: string
  readonly pattern: string
  readonly kind: ValueKind
  readonly rules: CompiledRules
  readonly enumSet?: ReadonlySet<unknown>
  readonly dictionary?: string
  visibleWhen?: BoundLinkage
  requiredWhen?: BoundLinkage
  readonly children?: ReadonlyArray<RuntimeField>
}

function build(node: FieldNode, byPattern: Map<string, RuntimeField>): RuntimeField {
  const field: RuntimeField = {
    key: node.key,
    pattern: node.pattern,
    kind: node.kind,
    rules: compileRules(node.descriptions, node.requiredWhen !== undefined),
    enumSet: node.enumValues ? new Set(node.enumValues) : undefined,
    dictionary: node.dictionary,
    children: node.children?.map((child) => build(child, byPattern)),
  }
  byPattern.set(node.pattern, field)
  return field
}

function bind(linkage: Linkage | undefined, pattern: string, byPattern: Map<string, RuntimeField>): BoundLinkage | undefined {
  if (!linkage) return undefined
  const prefix = pattern.slice(0, pattern.lastIndexOf('.') + 1)
  const dependencies = linkage.dependencies.map((dep): BoundDependency => {
    if (dep.scope === 'sibling') return { scope: 'sibling', field: byPattern.get(prefix + dep.key)! }
    const chain = dep.path.map((_, i) => byPattern.get(dep.path.slice(0, i + 1).join('.'))!)
    return { scope: 'root', chain }
  })
  return { dependencies, test: linkage.test }
}

/** Builds the runtime tree for checked nodes. */
export function buildRuntime(nodes: ReadonlyArray<FieldNode>): RuntimeField[] {
  const byPattern = new Map<string, RuntimeField>()
  const fields = nodes.map((node) => build(node, byPattern))
  const attach = (list: ReadonlyArray<FieldNode>) => {
    for (const node of list) {
      const field = byPattern.get(node.pattern)!
      field.visibleWhen = bind(node.visibleWhen, node.pattern, byPattern)
      field.requiredWhen = bind(node.requiredWhen, node.pattern, byPattern)
      if (node.children) attach(node.children)
    }
  }
  attach(nodes)
  return fields
}
