import encryption from '@adonisjs/core/services/encryption'
import { collectLeaves, mapLeaves, schemaFields, type SchemaNode } from './schema_walk.js'

/** Marks a stored ciphertext; a plain value never starts with it (ID numbers are digits and X). */
const PREFIX = 'enc:'
/** The purpose binds the ciphertext to this use: a value lifted into another encrypted field does not decrypt. */
const PURPOSE = 'form-personal-data'

const ID_FORMATS = new Set(['idcard', 'idnumber'])

/** A field holding a 公民身份号码: `IdNumberInput`, or the `idcard`/`idnumber` format on the node or in its validators. */
function isIdNumberField(node: SchemaNode): boolean {
  if (node['x-component'] === 'IdNumberInput' || ID_FORMATS.has(node.format ?? '')) return true
  const validators = ([] as unknown[]).concat(node['x-validator'] ?? [])
  return validators.some((v) => ID_FORMATS.has(typeof v === 'string' ? v : String((v as { format?: unknown } | null)?.format ?? '')))
}

/** The path patterns ("managers.*.idNo") of a schema's personal-data fields. */
export function sensitivePaths(schema: SchemaNode): ReadonlySet<string> {
  return new Set(schemaFields(schema).filter((field) => isIdNumberField(field.node)).map((field) => field.path))
}

/** Encrypts each sensitive string (AES-256-GCM, key from APP_KEY: config/encryption.ts) before it is stored. */
export function sealValue(value: unknown, paths: ReadonlySet<string>): unknown {
  return mapLeaves(value, paths, (leaf) => (typeof leaf === 'string' && leaf !== '' ? PREFIX + encryption.encrypt(leaf, undefined, PURPOSE) : leaf))
}

/** Decrypts what sealValue encrypted; a value that will not decrypt (another APP_KEY) reads as null. */
export function openValue(value: unknown, paths: ReadonlySet<string>): unknown {
  return mapLeaves(value, paths, (leaf) =>
    typeof leaf === 'string' && leaf.startsWith(PREFIX) ? encryption.decrypt<string>(leaf.slice(PREFIX.length), PURPOSE) : leaf
  )
}

/** "210102198001011234" → "2101**********1234": the region and the last four stay readable. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length)
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4)
}

/** Masks every sensitive string of a (decrypted) value. */
export function maskValue(value: unknown, paths: ReadonlySet<string>): unknown {
  return mapLeaves(value, paths, (leaf) => (typeof leaf === 'string' ? maskIdNumber(leaf) : leaf))
}

const at = (value: unknown, path: string[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value)

/**
 * A reader without personal_data:read is shown ID numbers masked; when they
 * send a form back with a masked number left as it was, that means "unchanged":
 * the stored number takes its place, so correcting a returned filing does not
 * ask for every ID number again. Any other value is checked as typed.
 */
export function keepUnchangedMasked(value: unknown, previous: unknown, paths: ReadonlySet<string>): unknown {
  if (previous === undefined || paths.size === 0) return value
  const copy = structuredClone(value) as Record<string, unknown>
  for (const leaf of collectLeaves(copy, paths)) {
    const path = leaf.path.split('.')
    const before = at(previous, path)
    if (typeof before !== 'string' || typeof leaf.value !== 'string' || leaf.value !== maskIdNumber(before)) continue
    const parent = at(copy, path.slice(0, -1)) as Record<string, unknown>
    parent[path[path.length - 1]] = before
  }
  return copy
}
