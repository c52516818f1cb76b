import db from '@adonisjs/lucid/services/db'
import { compileForm, FormSchemaError } from '#forms'

/** One reason a schema may not be saved, at the schema path the dialect checker names (void keys included: `grid.place`). */
export interface SchemaProblem {
  path: string
  message: string
}

type Node = { properties?: Record<string, Node>; items?: Node; 'x-data-source'?: { dictionary?: unknown } }

/** Every `x-data-source` dictionary a schema names, with its path in the checker's notation (rows add no segment). */
function namedDictionaries(node: Node, path = ''): { path: string; name: string }[] {
  const found: { path: string; name: string }[] = []
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key
    const name = child['x-data-source']?.dictionary
    if (typeof name === 'string') found.push({ path: childPath, name })
    found.push(...namedDictionaries(child, childPath))
    if (child.items) found.push(...namedDictionaries(child.items, childPath))
  }
  return found
}

/**
 * What the designer must fix before a form is saved: the dialect checker's
 * refusal (compileForm, the same check deploy runs), then dictionaries that do
 * not exist, which the checker cannot know and which would otherwise fail
 * every submission of the form.
 */
export async function formSchemaProblems(schema: unknown): Promise<SchemaProblem[]> {
  try {
    compileForm(schema)
  } catch (error) {
    if (!(error instanceof FormSchemaError)) throw error
    // the error's message repeats its path in front; the designer shows the path itself
    const prefix = `${error.path || '(根)'}: `
    return [{ path: error.path, message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message }]
  }
  const known = new Set((await db.from('form_dictionaries').select('name')).map((row) => row.name as string))
  return namedDictionaries(schema as Node)
    .filter(({ name }) => !known.has(name))
    .map(({ path, name }) => ({ path, message: name ? `数据字典「${name}」不存在` : '请选择数据字典' }))
}
