import { isObject, type SchemaJson } from '../model.js'

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A copy with `key` set, or removed when the value is empty; other keys keep their order. */
export function withKey(schema: SchemaJson, key: string, value: unknown): SchemaJson {
  if (isEmpty(value)) {
    if (!(key in schema)) return schema
    const { [key]: _removed, ...rest } = schema
    return rest
  }
  return { ...schema, [key]: value }
}

/** A copy with `outer.key` set (e.g. `x-decorator-props.gridSpan`); an emptied `outer` disappears. */
export function withNested(schema: SchemaJson, outer: string, key: string, value: unknown): SchemaJson {
  const inner = withKey(isObject(schema[outer]) ? schema[outer] : {}, key, value)
  return withKey(schema, outer, Object.keys(inner).length ? inner : undefined)
}

/** A number typed in the panel, or undefined when cleared. */
export const numberOrUndefined = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
