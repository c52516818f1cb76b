/**
 * The validation walk, mirroring what formily does with mounted fields:
 * fields hidden by a linkage are skipped and their values dropped (formily
 * clears a field whose display becomes none), required follows its linkage,
 * every other rule skips empty values. Zhian adds a type rule and an enum
 * rule, and rebuilds the value from declared fields only.
 */
import { enumFails, isValidateEmpty, typeFails } from './extra_rules.js'
import { TYPE_MESSAGES } from './messages.js'
import { permissionOf, type FieldPermissions } from '../permissions/field_permissions.js'
import type { BoundLinkage, RuntimeField } from './runtime_field.js'

type Row = Record<string, unknown> | undefined
const ATTACHMENT_KEYS = ['id', 'name', 'size', 'mimeType', 'url'] as const
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const own = (container: unknown, key: string): unknown =>
  isPlainObject(container) && Object.hasOwn(container, key) ? container[key] : undefined

/** One failed rule at a formily-style dotted path. */
export interface FieldError {
  readonly path: string
  readonly message: string
}

/** One validation run over one submission. */
export class ValidationWalk {
  readonly errors: FieldError[] = []
  readonly #root: unknown
  readonly #dictionaries: (name: string) => ReadonlySet<unknown>
  readonly #permissions?: FieldPermissions

  constructor(input: { root: unknown; dictionaries: (name: string) => ReadonlySet<unknown>; permissions?: FieldPermissions }) {
    this.#root = input.root
    this.#dictionaries = input.dictionaries
    this.#permissions = input.permissions
  }

  /** Validates (when `check`) and cleans the declared fields of one container (root, object or row). */
  container(fields: ReadonlyArray<RuntimeField>, data: unknown, path: string, row: Row, check: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const field of fields) {
      if (!this.#visible(field, row)) continue
      const raw = own(data, field.key)
      const fieldPath = path ? `${path}.${field.key}` : field.key
      const checkThis = check && (!this.#permissions || permissionOf(this.#permissions, field.pattern) === 'editable')
      if (checkThis) this.#check(field, raw, fieldPath, row)
      const cleaned = this.#clean(field, raw, fieldPath, checkThis)
      if (cleaned !== undefined) out[field.key] = cleaned
    }
    return out
  }

  #check(field: RuntimeField, raw: unknown, path: string, row: Row): void {
    const empty = isValidateEmpty(raw)
    if (empty) {
      const linked = field.requiredWhen ? this.#test(field.requiredWhen, row) : undefined
      for (const rule of field.rules.required) if (linked ?? rule.on) this.errors.push({ path, message: rule.message })
    } else {
      for (const rule of field.rules.others) if (rule.fails(raw)) this.errors.push({ path, message: rule.message })
    }
    if (typeFails(field.kind, raw)) this.errors.push({ path, message: TYPE_MESSAGES[field.kind] })
    const allowed = field.enumSet ?? (field.dictionary ? this.#dictionaries(field.dictionary) : undefined)
    if (allowed && enumFails(allowed, raw)) this.errors.push({ path, message: '该字段的值不在可选项中' })
  }

  #clean(field: RuntimeField, raw: unknown, path: string, check: boolean): unknown {
    switch (field.kind) {
      case 'object': {
        if (!isPlainObject(raw) && !check) return raw
        const inner = this.container(field.children!, raw, path, undefined, check)
        return raw === undefined && Object.keys(inner).length === 0 ? undefined : inner
      }
      case 'rows':
        if (!Array.isArray(raw)) return raw
        return raw.map((row, i) => this.container(field.children!, row, `${path}.${i}`, isPlainObject(row) ? row : undefined, check))
      case 'strings':
      case 'numbers':
        return Array.isArray(raw) ? [...raw] : raw
      case 'attachments':
        return Array.isArray(raw) ? raw.map((item) => (isPlainObject(item) ? pick(item, ATTACHMENT_KEYS) : item)) : raw
      case 'location':
        return isPlainObject(raw) ? pick(raw, ['lat', 'lng']) : raw
      default:
        return raw
    }
  }

  #visible(field: RuntimeField, row: Row): boolean {
    return field.visibleWhen ? this.#test(field.visibleWhen, row) : true
  }

  #test(linkage: BoundLinkage, row: Row): boolean {
    const values = linkage.dependencies.map((dep) => {
      if (dep.scope === 'sibling') return this.#visible(dep.field, row) ? row?.[dep.field.key] : undefined
      let value: unknown = this.#root
      for (const field of dep.chain) {
        if (!this.#visible(field, undefined)) return undefined
        value = own(value, field.key)
      }
      return value
    })
    return linkage.test(values)
  }
}

function pick(source: Record<string, unknown>, keys: ReadonlyArray<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key]
  return out
}
