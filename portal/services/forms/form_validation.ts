import { compileForm } from '#forms'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Access } from '#services/access/access'
import type { FormError } from '#exceptions/forms'
import type { FieldRules } from './field_permissions.js'
import { enabledDictionaries } from './dictionaries.js'
import { outsideScope, PICKER_COMPONENTS, type PickerKind } from './pickers.js'
import { collectLeaves, schemaFields, type SchemaNode } from './schema_walk.js'
import { invisibleUploads } from '#services/uploads/visible_uploads'

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
export const UNDECLARED = '表单中没有此字段'
export const UPLOAD_UNKNOWN = '附件不存在，或您无权使用该附件'
/** The row index formily's ArrayTable writes into each row (../shared/notes/forms-modeler.md §2.1.5): dropped silently. */
const ARRAY_TABLE_INDEX = '__DO_NOT_USE_THIS_PROPERTY_index__'

/**
 * Keys the schema does not declare. The validator drops them from the value
 * it returns; a client sending them has a stale or forged form, so it is told.
 */
function undeclaredErrors(schema: SchemaNode, data: unknown): FormError[] {
  const fields = new Map(schemaFields(schema).map((field) => [field.path, field.node]))
  const errors: FormError[] = []
  const walk = (node: unknown, concrete: string[], pattern: string[]) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return
    for (const [key, child] of Object.entries(node)) {
      if (key === ARRAY_TABLE_INDEX) continue
      const path = [...pattern, key].join('.')
      const declared = fields.get(path)
      if (!declared) errors.push({ path: [...concrete, key].join('.'), message: UNDECLARED })
      else if (declared.type === 'object' && declared.properties) walk(child, [...concrete, key], [...pattern, key])
      else if (declared.type === 'array' && declared.items?.properties && Array.isArray(child)) {
        child.forEach((row, index) => walk(row, [...concrete, key, String(index)], [...pattern, key, '*']))
      }
    }
  }
  walk(data, [], [])
  return errors
}

/** Picker fields whose ids must lie inside the caller's data scope. */
async function pickerErrors(schema: SchemaNode, value: unknown, access: Access, client?: QueryClientContract): Promise<FormError[]> {
  const byKind = new Map<PickerKind, Set<string>>()
  for (const field of schemaFields(schema)) {
    const kind = PICKER_COMPONENTS[String(field.node['x-component'])]
    if (kind) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(field.path))
  }
  const errors: FormError[] = []
  for (const [kind, patterns] of byKind) {
    const leaves = collectLeaves(value, patterns).flatMap((leaf) =>
      (Array.isArray(leaf.value) ? leaf.value.map((id, i) => ({ path: `${leaf.path}.${i}`, id })) : [{ path: leaf.path, id: leaf.value }]).filter((l) => typeof l.id === 'string' ? l.id !== '' : typeof l.id === 'number')
    )
    const outside = await outsideScope(kind, access, leaves.map((l) => l.id as string | number), client)
    for (const leaf of leaves) if (outside.has(String(leaf.id))) errors.push({ path: leaf.path, message: OUTSIDE_SCOPE })
  }
  return errors
}

/** The upload ids a value references, with their paths: attachments (`Upload`, `{id}` items) and signatures (`SignaturePad`, an id). */
export function uploadLeaves(schema: SchemaNode, value: unknown): { path: string; id: string }[] {
  const attachments = new Set(schemaFields(schema).filter((f) => f.node['x-component'] === 'Upload').map((f) => f.path))
  const signatures = new Set(schemaFields(schema).filter((f) => f.node['x-component'] === 'SignaturePad').map((f) => f.path))
  const found: { path: string; id: string }[] = []
  for (const leaf of collectLeaves(value, attachments)) {
    if (!Array.isArray(leaf.value)) continue
    leaf.value.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id
      if (typeof id === 'string' && id) found.push({ path: `${leaf.path}.${i}`, id })
    })
  }
  for (const leaf of collectLeaves(value, signatures)) if (typeof leaf.value === 'string' && leaf.value) found.push({ path: leaf.path, id: leaf.value })
  return found
}

/** Attachments must be uploads the caller may use: his own, or ones already in a case or project he may see. */
async function uploadErrors(schema: SchemaNode, value: unknown, access: Access, client?: QueryClientContract): Promise<FormError[]> {
  const leaves = uploadLeaves(schema, value)
  const unknown = await invisibleUploads(leaves.map((leaf) => leaf.id), access, client)
  return leaves.filter((leaf) => unknown.has(leaf.id)).map((leaf) => ({ path: leaf.path, message: UPLOAD_UNKNOWN }))
}

/**
 * Validates submitted data the way the browser does (the forms room's
 * compiled validator: types, enums, required, formats, linkages, read-only
 * fields against `previous`, dictionaries) and then checks that every picked
 * project, organization and user lies in the caller's data scope, and that
 * every attachment is an upload the caller may use.
 */
export async function checkForm(schema: SchemaNode, data: unknown, options: CheckOptions): Promise<FormCheck> {
  const dictionaries = Object.fromEntries([...(await enabledDictionaries(options.client))].map(([name, items]) => [name, items.map((i) => i.value)]))
  const result = compileForm(schema).validate(data, {
    dictionaries,
    permissions: options.rules ?? {},
    previous: (options.previous ?? undefined) as object | undefined,
  })
  const scoped = await pickerErrors(schema, result.value, options.access, options.client)
  const uploads = await uploadErrors(schema, result.value, options.access, options.client)
  const errors = [...undeclaredErrors(schema, data), ...result.errors.map((e: FormError) => ({ path: e.path, message: e.message })), ...scoped, ...uploads]
  return { ok: errors.length === 0, errors, value: result.value as Record<string, unknown> }
}
