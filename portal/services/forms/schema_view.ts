import { accessOf, type FieldRules } from './field_permissions.js'
import type { SchemaNode } from './schema_walk.js'

/**
 * The schema as one task's assignee may see it: hidden fields are gone
 * (their titles, enums and linkages never reach the browser), read-only
 * ones carry formily's `x-pattern: 'readOnly'`. The input is not touched.
 */
export function schemaForTask(schema: SchemaNode, rules: FieldRules): SchemaNode {
  const apply = (node: SchemaNode, base: string[]): SchemaNode => {
    const copy: SchemaNode = { ...node }
    if (node.properties) {
      const properties: Record<string, SchemaNode> = {}
      for (const [key, child] of Object.entries(node.properties)) {
        const path = child.type === 'void' ? base : [...base, key]
        const access = child.type === 'void' ? 'editable' : accessOf(rules, path.join('.'))
        if (access === 'hidden') continue
        const shown = apply(child, path)
        properties[key] = access === 'readonly' ? { ...shown, 'x-pattern': 'readOnly' } : shown
      }
      copy.properties = properties
      if (Array.isArray(node.required)) copy.required = (node.required as string[]).filter((name) => name in properties)
    }
    if (node.items) copy.items = apply(node.items, [...base, '*'])
    return copy
  }
  return apply(schema, [])
}
