import { access, readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { DeploymentError, type DeployResource } from '#engine'
import { bpmnReferences } from './bpmn_references.js'

/**
 * The deployment source of definition folders, from the command line or an
 * imported archive alike: duplicate filtering compares a folder with the
 * latest deployment of the same name and source, so either way an unchanged
 * folder deploys nothing.
 */
export const DEFINITION_FOLDER_SOURCE = 'definitions:deploy'

/** What `node ace definitions:deploy` deploys from a folder, and what it leaves out. */
export interface DefinitionFolder {
  /** the deployment name: the folder's own name */
  name: string
  resources: DeployResource[]
  /** files no BPMN names; they are not deployed */
  unused: string[]
}

const isBpmn = (name: string) => /\.bpmn(20\.xml)?$/.test(name)
/** Where a named file may sit, in order: the folder itself, then its conventional subfolder. */
const PLACES = { form: ['', 'forms'], template: ['', 'documents', 'templates'] } as const
/** The shared library of official-document templates beside the definition folders; a folder's own copy wins. */
const SHARED_TEMPLATES = join('official-documents', 'documents')

const exists = (path: string) => access(path).then(() => true, () => false)

/**
 * Reads a definition folder: its BPMN files plus every form and template they
 * name (see bpmn_references.ts). A named file that is missing is a deploy
 * error naming the element and the file.
 */
export async function readDefinitionFolder(folder: string): Promise<DefinitionFolder> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
  const bpmn = files.filter((name) => isBpmn(name) && !name.includes('/'))
  if (bpmn.length === 0) throw new DeploymentError(`${basename(folder)} 中没有 BPMN 文件`)

  const chosen = new Set(bpmn)
  /** resource name → file outside the folder (templates from the shared library) */
  const borrowed = new Map<string, string>()
  const missing: string[] = []
  for (const file of bpmn) {
    for (const reference of await bpmnReferences(await readFile(join(folder, file), 'utf8'))) {
      const wanted = reference.kind === 'form' ? [`${reference.name}.form.json`] : [`${reference.name}.hbs`, `${reference.name}.template.json`]
      for (const fileName of wanted) {
        const found = PLACES[reference.kind].map((dir) => (dir ? `${dir}/${fileName}` : fileName)).find((path) => files.includes(path))
        const shared = join(dirname(folder), SHARED_TEMPLATES, fileName)
        if (found) chosen.add(found)
        else if (reference.kind === 'template' && (await exists(shared))) borrowed.set(`documents/${fileName}`, shared)
        else missing.push(`${file} 的 ${reference.elementId} 引用的 ${fileName} 不存在（在 ${PLACES[reference.kind].map((d) => (d ? `${d}/` : '目录本身')).join(' 或 ')} 中都没有找到）`)
      }
    }
  }
  if (missing.length) throw new DeploymentError(missing.join('；'))
  const sources = new Map([...[...chosen].map((name) => [name, join(folder, name)] as const), ...borrowed])
  const resources = await Promise.all([...sources.keys()].sort().map(async (name) => ({ name, content: await readFile(sources.get(name)!) })))
  return { name: basename(folder), resources, unused: files.filter((name) => !chosen.has(name)) }
}
