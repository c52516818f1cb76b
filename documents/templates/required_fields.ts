/**
 * Which of the manifest's required paths the data leaves empty. A path is
 * dotted (`project.name`); `[]` walks every element of an array
 * (`defects[].description`). Empty strings, null and empty arrays count as
 * missing: an official document must not print a blank 文号 or 整改期限.
 */
export function missingFields(data: unknown, paths: readonly string[]): string[] {
  const missing: string[] = []
  for (const path of paths) missing.push(...missingAt(data, path.split('.'), ''))
  return missing
}

function missingAt(value: unknown, segments: string[], prefix: string): string[] {
  if (segments.length === 0) return isEmpty(value) ? [prefix] : []
  const [segment, ...rest] = segments
  const isArrayWalk = segment.endsWith('[]')
  const key = isArrayWalk ? segment.slice(0, -2) : segment
  const path = prefix ? `${prefix}.${key}` : key
  const child = isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined
  if (!isArrayWalk) return missingAt(child, rest, path)
  if (!Array.isArray(child) || child.length === 0) return [path]
  return child.flatMap((item, index) => missingAt(item, rest, `${path}[${index}]`))
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
