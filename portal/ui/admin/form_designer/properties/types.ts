import type { ISchema } from '@formily/json-schema'
import type { Dictionary } from '../api'
import type { DesignNode, FormDesign } from '../model'
import type { Located } from '../tree'

/** What a property needs to know besides its node: where the node sits, and the dictionaries to offer. */
export interface PanelContext {
  readonly design: FormDesign
  readonly located: Located
  readonly dictionaries: readonly Dictionary[]
}

/**
 * One row of the properties panel: the panel field's own schema, how it reads
 * the node, and how a new value changes it. Only the property the user edited
 * is written, so everything else in the schema stays exactly as it was read.
 */
export interface Property {
  readonly name: string
  readonly field: ISchema
  readonly read: (node: DesignNode) => unknown
  /** `values` holds the whole panel, for properties that depend on another (选项来源) */
  readonly write?: (node: DesignNode, value: unknown, values: Record<string, unknown>) => DesignNode
}

/** The schema of a labelled panel field, with the label also as the control's accessible name. */
export function labelled(title: string, component: string, extra: ISchema = {}): ISchema {
  const props = (extra['x-component-props'] ?? {}) as Record<string, unknown>
  return { title, 'x-decorator': 'FormItem', 'x-component': component, ...extra, 'x-component-props': { 'aria-label': title, ...props } }
}

/** A change to the node's own schema. */
export const onSchema = (change: (schema: DesignNode['schema'], value: unknown) => DesignNode['schema']) => (node: DesignNode, value: unknown) => ({
  ...node,
  schema: change(node.schema, value),
})
