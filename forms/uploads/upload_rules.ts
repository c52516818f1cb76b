/**
 * What a form field accepts as an upload, read from its schema:
 * `"x-component-props": { "accept": "application/pdf,image/*", "maxSize": 20971520 }`.
 * Pure: the portal's tus hooks ask it before an upload starts and again
 * when the bytes are in.
 */

/** The components whose value is a list of upload ids. */
const UPLOAD_COMPONENTS = new Set(['Upload', 'Upload.Dragger', 'SignaturePad'])
/** A signature is a small PNG drawn on a canvas, whatever the schema says. */
const SIGNATURE_RULES: UploadRules = { accept: ['image/png'], maxSize: 1024 * 1024 }
/** Used where a field names no limit: 20 MiB of PDF or images. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024
const DEFAULT_ACCEPT = ['application/pdf', 'image/*']

export interface UploadRules {
  /** MIME types or `type/*` wildcards */
  readonly accept: readonly string[]
  readonly maxSize: number
}

interface SchemaNode {
  type?: string
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  'x-component'?: string
  'x-component-props'?: Record<string, unknown>
}

/**
 * The upload rules of the field at `fieldPath` ("attachments", "items.2.photo"),
 * or null when there is no such field or it takes no files. Void nodes
 * (layout, table columns) are looked through, as formily's addresses do.
 */
export function uploadRulesOf(schema: unknown, fieldPath: string): UploadRules | null {
  let node: SchemaNode | undefined = schema as SchemaNode
  for (const segment of fieldPath.split('.')) {
    if (!node) return null
    node = /^\d+$/.test(segment) ? node.items : findProperty(node, segment)
  }
  if (!node || !UPLOAD_COMPONENTS.has(node['x-component'] ?? '')) return null
  if (node['x-component'] === 'SignaturePad') return SIGNATURE_RULES
  const props = node['x-component-props'] ?? {}
  const accept = typeof props.accept === 'string' && props.accept.trim() ? props.accept.split(',').map((type) => type.trim().toLowerCase()) : DEFAULT_ACCEPT
  const maxSize = typeof props.maxSize === 'number' && props.maxSize > 0 ? props.maxSize : DEFAULT_MAX_SIZE
  return { accept, maxSize }
}

/** A data property by name, looking through void children (FormGrid, ArrayTable.Column …). */
function findProperty(node: SchemaNode, name: string): SchemaNode | undefined {
  const properties = node.properties ?? {}
  if (properties[name] && properties[name].type !== 'void') return properties[name]
  for (const child of Object.values(properties)) {
    if (child.type !== 'void') continue
    const found = findProperty(child, name)
    if (found) return found
  }
  return undefined
}

/** Whether `mime` matches one of the accepted types (`image/*` matches every image). */
export function acceptsMime(accept: readonly string[], mime: string): boolean {
  const wanted = mime.toLowerCase()
  return accept.some((type) => type === wanted || (type.endsWith('/*') && wanted.startsWith(type.slice(0, -1))))
}
