/**
 * The checked form of a schema: data fields only (void wrappers are gone),
 * each with its rules in formily's order, what its value must look like, and
 * its linkages resolved to dependency references.
 */
import type { ValidatorDescription } from './types.js'
import type { Condition } from './expression.js'

/** What a value must look like beyond formily's rules (Zhian's extra type rule). */
export type ValueKind =
  | 'string' | 'number' | 'boolean' | 'object' | 'rows'
  | 'strings' | 'numbers' | 'attachments' | 'location'

/** Where a linkage reads a value: a top-level data path, or a sibling inside the same row/object. */
export type DependencyRef = { readonly scope: 'root'; readonly path: ReadonlyArray<string> } | { readonly scope: 'sibling'; readonly key: string }

/** A declarative linkage on one state (`visible` or `required`). */
export interface Linkage {
  readonly dependencies: ReadonlyArray<DependencyRef>
  readonly test: Condition
}

/** One data field of the form. */
export interface FieldNode {
  readonly key: string
  /** Dotted data path with `*` for array rows: the key of FieldPermissions. */
  readonly pattern: string
  readonly kind: ValueKind
  readonly title?: string
  /** formily's validator descriptions in formily's order (x-validator first, then schema keywords). */
  readonly descriptions: ReadonlyArray<ValidatorDescription>
  readonly enumValues?: ReadonlyArray<unknown>
  readonly dictionary?: string
  readonly visibleWhen?: Linkage
  readonly requiredWhen?: Linkage
  /** Object fields: their properties. Row tables: the fields of one row. */
  readonly children?: ReadonlyArray<FieldNode>
}
