import { compileForm, FormSchemaError } from '#forms'
import { compileTemplate, manifestProblems, TemplateError, type TemplateManifest } from '#documents'
import { lintBpmn } from '#engine'
import { isBpmn, type DefinitionFolder, type DefinitionProblem } from '#services/definitions/definition_folder'

const FORM = /\.form\.json$/
const TEMPLATE = /^(?:.*\/)?([a-z0-9-]+)\.template\.json$/

/**
 * Everything wrong with a folder about to be deployed, found before the
 * engine sees it: forms outside the schema dialect, templates that do not
 * compile, and every model error the deploy-time linter finds, each named by
 * file and element, so the modeler can mark them all at once.
 */
export async function definitionProblems(folder: DefinitionFolder): Promise<DefinitionProblem[]> {
  const problems: DefinitionProblem[] = []
  const text = (name: string) => {
    const found = folder.resources.find((r) => r.name === name)
    return found ? Buffer.from(found.content).toString('utf8') : ''
  }
  for (const { name } of folder.resources) {
    if (FORM.test(name)) problems.push(...formProblems(name, text(name)))
    const template = TEMPLATE.exec(name)
    if (template) problems.push(...templateProblems(name, template[1], text(name), text(name.replace(/\.template\.json$/, '.hbs'))))
    if (isBpmn(name)) for (const finding of (await lintBpmn(text(name))).errors) problems.push({ path: name, elementId: finding.elementId ?? undefined, message: finding.message })
  }
  return problems
}

function formProblems(path: string, content: string): DefinitionProblem[] {
  try {
    compileForm(JSON.parse(content))
    return []
  } catch (error) {
    if (error instanceof FormSchemaError) return [{ path, message: `表单字段 ${error.message}` }]
    if (error instanceof SyntaxError) return [{ path, message: `不是有效的 JSON：${error.message}` }]
    throw error
  }
}

function templateProblems(path: string, name: string, manifestText: string, source: string): DefinitionProblem[] {
  let manifest: TemplateManifest
  try {
    manifest = JSON.parse(manifestText)
  } catch (error) {
    return [{ path, message: `不是有效的 JSON：${(error as Error).message}` }]
  }
  const wrong = manifestProblems(manifest)
  if (wrong.length) return wrong.map((p) => ({ path, message: `${p.field ? `${p.field}：` : ''}${p.message}` }))
  try {
    compileTemplate(name, source, manifest)
    return []
  } catch (error) {
    if (error instanceof TemplateError) return [{ path: path.replace(/\.template\.json$/, '.hbs'), message: error.message }]
    throw error
  }
}
