import { posix } from 'node:path'
import app from '@adonisjs/core/services/app'
import JSZip from 'jszip'
import { DeploymentError } from '#engine'
import { repositoryQueries } from '#services/engine/engine'
import { collectDefinition, SHARED_TEMPLATES, templateLibraryIn, type DefinitionFolder } from './definition_folder.js'

/** What an imported archive may hold: a definition folder's kinds of files, and not too much of them. */
const ALLOWED = /\.(bpmn|bpmn20\.xml|form\.json|sample\.json|hbs|template\.json)$/
const MAX_FILES = 200
const MAX_BYTES = 20 * 1024 * 1024

/**
 * A deployment as a definition folder in a zip (`<name>/<resource>`), so a
 * city can hand a process, its forms and its templates to another.
 */
export async function exportDeployment(deploymentId: string): Promise<{ name: string; zip: Buffer }> {
  const repository = repositoryQueries()
  const deployment = await repository.deployment(deploymentId)
  const zip = new JSZip()
  for (const resource of await repository.resources(deploymentId)) {
    const { content } = await repository.resourceData(deploymentId, resource.id)
    zip.file(`${deployment.name}/${resource.name}`, content)
  }
  return { name: deployment.name, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) }
}

/**
 * Reads an uploaded archive as a definition folder, with the same rules as
 * `definitions:deploy` (every form and template the BPMN names must be in it).
 * One top-level folder; no paths out of it; only definition files; at most
 * 200 files and 20 MB unpacked. Refusals are DeploymentErrors in Chinese.
 */
export async function readArchive(bytes: Buffer): Promise<DefinitionFolder> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new DeploymentError('上传的文件不是有效的 zip 压缩包')
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir)
  if (entries.length === 0) throw new DeploymentError('压缩包中没有文件')
  if (entries.length > MAX_FILES) throw new DeploymentError(`压缩包中的文件超过 ${MAX_FILES} 个`)
  const folders = new Set(entries.map((entry) => entry.name.split('/')[0]))
  const [folder] = folders
  if (folders.size !== 1 || !/^[a-z0-9][a-z0-9-]*$/.test(folder) || entries.some((entry) => !entry.name.includes('/'))) {
    throw new DeploymentError('压缩包应只含一个流程定义目录（目录名为小写字母、数字和连字符），文件都在其中')
  }

  const files = new Map<string, Buffer>()
  let total = 0
  for (const entry of entries) {
    const inside = posix.normalize(entry.name)
    if (inside.startsWith('..') || posix.isAbsolute(inside) || !inside.startsWith(`${folder}/`)) throw new DeploymentError(`压缩包中的路径不允许：${entry.name}`)
    if (!ALLOWED.test(inside)) throw new DeploymentError(`压缩包中有不属于流程定义的文件：${entry.name}`)
    const content = await entry.async('nodebuffer')
    total += content.length
    if (total > MAX_BYTES) throw new DeploymentError('压缩包解压后超过 20 MB')
    files.set(inside.slice(folder.length + 1), content)
  }
  return collectDefinition(folder, files, templateLibraryIn(app.makePath(SHARED_TEMPLATES)))
}
