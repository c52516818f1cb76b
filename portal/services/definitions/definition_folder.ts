import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { DeploymentError, type DeployResource } from '#engine'
import { bpmnReferences } from './bpmn_references.js'

/**
 * The deployment source of definition folders, from the command line, an
 * imported archive or a draft designed in the portal alike: duplicate
 * filtering compares a folder with the latest deployment of the same name
 * and source, so either way an unchanged folder deploys nothing.
 */
export const DEFINITION_FOLDER_SOURCE = 'definitions:deploy'

/** What deploying a folder takes from it, and what it leaves out. */
export interface DefinitionFolder {
  /** the deployment name: the folder's own name */
  name: string
  resources: DeployResource[]
  /** files no BPMN names; they are not deployed */
  unused: string[]
}

/** One reason a folder cannot be deployed: the file, the BPMN element when there is one, and why. */
export interface DefinitionProblem {
  path: string
  elementId?: string
  message: string
}

/** A folder that cannot be deployed, with every problem found (a DeploymentError, so callers that know only those still work). */
export class DefinitionRefusedError extends DeploymentError {
  constructor(readonly problems: DefinitionProblem[]) {
    super(problems.map((p) => `${p.path}${p.elementId ? ` 的 ${p.elementId}` : ''}：${p.message}`).join('；'))
  }
}

export const isBpmn = (name: string) => /\.bpmn(20\.xml)?$/.test(name)
/** Where a named file may sit, in order: the folder itself, then its conventional subfolder. */
const PLACES = { form: ['', 'forms'], template: ['', 'documents', 'templates'] } as const
/** The shared library of official-document templates beside the definition folders; a folder's own copy wins. */
export const SHARED_TEMPLATES = join('definitions', 'official-documents', 'documents')

/** Reads a library template file, or undefined when the library has no such file. */
export type TemplateLibrary = (fileName: string) => Promise<Buffer | undefined>

/** The shared library in a directory. */
export function templateLibraryIn(dir: string): TemplateLibrary {
  return (fileName) => readFile(join(dir, fileName)).catch(() => undefined)
}

/**
 * Chooses what to deploy from a folder's files: its top-level BPMN files plus
 * every form and template they name (see bpmn_references.ts); a template the
 * folder lacks is borrowed from the library. Every named file that is missing
 * is a problem naming the element and the file; the rest is chosen anyway, so
 * a caller can check it too and report everything at once.
 */
export async function chooseDefinitionFiles(name: string, files: ReadonlyMap<string, Buffer>, library: TemplateLibrary): Promise<{ folder: DefinitionFolder; problems: DefinitionProblem[] }> {
  const paths = [...files.keys()].sort()
  const bpmn = paths.filter((path) => isBpmn(path) && !path.includes('/'))
  if (bpmn.length === 0) throw new DefinitionRefusedError([{ path: name, message: `${name} 中没有 BPMN 文件` }])

  const chosen = new Map<string, Buffer>(bpmn.map((path) => [path, files.get(path)!]))
  const problems: DefinitionProblem[] = []
  for (const file of bpmn) {
    for (const reference of await bpmnReferences(files.get(file)!.toString('utf8'))) {
      const wanted = reference.kind === 'form' ? [`${reference.name}.form.json`] : [`${reference.name}.hbs`, `${reference.name}.template.json`]
      for (const fileName of wanted) {
        const found = PLACES[reference.kind].map((dir) => (dir ? `${dir}/${fileName}` : fileName)).find((path) => files.has(path))
        const borrowed = found || reference.kind !== 'template' ? undefined : await library(fileName)
        if (found) chosen.set(found, files.get(found)!)
        else if (borrowed) chosen.set(`documents/${fileName}`, borrowed)
        else problems.push({ path: file, elementId: reference.elementId, message: `引用的${reference.kind === 'form' ? '表单' : '文书模板'}文件 ${fileName} 不存在（在 ${PLACES[reference.kind].map((d) => (d ? `${d}/` : '目录本身')).join(' 或 ')} 中都没有找到）` })
      }
    }
  }
  const resources = [...chosen.keys()].sort().map((path) => ({ name: path, content: chosen.get(path)! }))
  return { folder: { name, resources, unused: paths.filter((path) => !chosen.has(path)) }, problems }
}

/** The files to deploy from a folder, or a DefinitionRefusedError naming every missing one. */
export async function collectDefinition(name: string, files: ReadonlyMap<string, Buffer>, library: TemplateLibrary): Promise<DefinitionFolder> {
  const { folder, problems } = await chooseDefinitionFiles(name, files, library)
  if (problems.length) throw new DefinitionRefusedError(problems)
  return folder
}

/** Reads a definition folder on disk; the library is the shared one beside it. */
export async function readDefinitionFolder(folder: string): Promise<DefinitionFolder> {
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  const files = new Map<string, Buffer>()
  for (const entry of entries) files.set(relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'), await readFile(join(entry.parentPath, entry.name)))
  return collectDefinition(basename(folder), files, templateLibraryIn(join(dirname(folder), 'official-documents', 'documents')))
}
