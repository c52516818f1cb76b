import { compileForm, type FieldPermissions } from '#forms'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Access } from '#services/access/access'
import type { FormError } from '#exceptions/forms'
import { accessOf, type FieldRules } from './field_permissions.js'
import { enabledDictionaries } from './dictionaries.js'
import { outsideScope, PICKER_COMPONENTS, type PickerKind } from './pickers.js'
import { collectLeaves, schemaFields, type SchemaNode } from './schema_walk.js'

/** The verdict on submitted form data: the cleaned value is what may be stored. */
export interface FormCheck {
  readonly ok: boolean
  readonly errors: readonly FormError[]
  readonly value: Record<string, unknown>
}

export interface CheckOptions {
  access: Access
  /** the task's field rules; none means every field is editable */
  rules?: FieldRules
  /** the value stored before (read-only fields must not change from it) */
  previous?: unknown
  client?: QueryClientContract
}

export const OUTSIDE_SCOPE = '不在您的数据权限范围内'

/** The task's rules spelled out for every data field of the schema, as the validator reads them. */
export function fieldPermissions(schema: SchemaNode, rules: FieldRules = {}): FieldPermissions {
  return Object.fromEntries(schemaFields(schema).map((field) => [field.path, accessOf(rules, field.path)]))
}

/** Picker fields whose ids must lie inside the caller's data scope. */
async function pickerErrors(schema: SchemaNode, value: unknown, access: Access): Promise<FormError[]> {
  const byKind = new Map<PickerKind, Set<string>>()
  for (const field of schemaFields(schema)) {
    const kind = PICKER_COMPONENTS[String(field.node['x-component'])]
    if (kind) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(field.path))
  }
  const errors: FormError[] = []
  for (const [kind, patterns] of byKind) {
    const leaves = collectLeaves(value, patterns).flatMap((leaf) =>
      (Array.isArray(leaf.value) ? leaf.value.map((id, i) => ({ path: `${leaf.path}.${i}`, id })) : [{ path: leaf.path, id: leaf.value }]).filter((l) => l.id !== null && l.id !== undefined && l.id !== '')
    )
    const ids = leaves.map((l) => Number(l.id)).filter((id) => Number.isSafeInteger(id) && id > 0)
    const outside = await outsideScope(kind, access, ids)
    for (const leaf of leaves) {
      const id = Number(leaf.id)
      if (!Number.isSafeInteger(id) || id <= 0 || outside.has(id)) errors.push({ path: leaf.path, message: OUTSIDE_SCOPE })
    }
  }
  return errors
}

/**
 * Validates submitted data the way the browser does (the forms room's
 * compiled validator: types, enums, required, formats, linkages, read-only
 * fields against `previous`, dictionaries) and then checks that every picked
 * project, organization and user lies in the caller's data scope.
 */
export async function checkForm(schema: SchemaNode, data: unknown, options: CheckOptions): Promise<FormCheck> {
  const dictionaries = Object.fromEntries(await enabledDictionaries(options.client))
  const result = compileForm(schema).validate(data, {
    dictionaries,
    permissions: fieldPermissions(schema, options.rules),
    previous: options.previous,
  })
  const scoped = await pickerErrors(schema, result.value, options.access)
  const errors = [...result.errors.map((e) => ({ path: e.path, message: e.message })), ...scoped]
  return { ok: errors.length === 0, errors, value: result.value as Record<string, unknown> }
}
