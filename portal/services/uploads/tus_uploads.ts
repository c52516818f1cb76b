import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Server, type ServerOptions } from '@tus/server'
import { FileStore } from '@tus/file-store'
import app from '@adonisjs/core/services/app'
import { describeAccept, uploadRulesOf, acceptsMime } from '#forms'
import Project from '#models/project'
import env from '#start/env'
import { scopeProjects, type Access } from '#services/access/access'
import { formRegistry } from '#services/forms/form_registry'
import { FormNotFoundError } from '#exceptions/forms'
import { finishUpload, UploadRefusal } from './finish_upload.js'

/** Who sends a tus request: set by the controller before the tus server sees the raw request. */
export interface UploadCaller {
  readonly userId: number
  readonly access: Access
}

/** The route tus answers under; Location headers are relative to it. */
export const TUS_PATH = '/api/uploads/tus'
/** No field may ask for more than this, whatever its schema says. */
const HARD_LIMIT = 500 * 1024 * 1024

const callers = new WeakMap<IncomingMessage, UploadCaller>()
const stagingDir = app.makePath(env.get('UPLOAD_STAGING_DIR', 'tmp/tus'))
const store = new FileStore({ directory: stagingDir, expirationPeriodInMilliseconds: 24 * 3600 * 1000 })

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0]
type TusUpload = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[1]

/** srvx keeps the Node request it wraps; that is the key of the caller map. */
function callerOf(req: TusRequest): UploadCaller {
  const node = (req as unknown as { runtime?: { node?: { req: IncomingMessage } } }).runtime?.node?.req
  const caller = node && callers.get(node)
  if (!caller) throw new UploadRefusal(401, 'E_UNAUTHORIZED_ACCESS', '请先登录')
  return caller
}

/**
 * Before any byte is stored: the form field must take files, the declared
 * size and type must fit its rules, and a project named in the metadata must
 * lie in the caller's data scope. The owner and the field's rules are written
 * into the metadata (the client's own values for them are overwritten).
 */
async function onUploadCreate(req: TusRequest, upload: TusUpload) {
  const caller = callerOf(req)
  const meta = upload.metadata ?? {}
  const schema = meta.formKey ? await latestSchema(meta.formKey) : null
  if (!schema) throw new UploadRefusal(422, 'E_UPLOAD_FORM', `表单“${meta.formKey ?? ''}”不存在`)
  const rules = meta.fieldPath ? uploadRulesOf(schema, meta.fieldPath) : null
  if (!rules) throw new UploadRefusal(422, 'E_UPLOAD_FIELD', `表单字段“${meta.fieldPath ?? ''}”不接受附件`)
  if (upload.size === undefined) throw new UploadRefusal(400, 'E_UPLOAD_LENGTH', '上传前须声明文件大小')
  if (upload.size > rules.maxSize) {
    throw new UploadRefusal(413, 'E_UPLOAD_TOO_LARGE', `文件大小 ${mb(upload.size)} 超过本栏上限 ${mb(rules.maxSize)}`)
  }
  if (meta.filetype && meta.filetype !== 'application/octet-stream' && !acceptsMime(rules.accept, meta.filetype)) {
    throw new UploadRefusal(415, 'E_UPLOAD_TYPE', `本栏仅接受 ${describeAccept(rules.accept)}，不接受 ${meta.filetype}`)
  }
  if (meta.projectId && !(await canSeeProject(caller.access, Number(meta.projectId)))) {
    throw new UploadRefusal(403, 'E_FORBIDDEN', '无权向该项目上传附件')
  }
  return { metadata: { ...meta, ownerId: String(caller.userId), accept: rules.accept.join(',') } }
}

/** Only the owner may resume, inspect or cancel an upload; to anyone else it does not exist. */
async function onIncomingRequest(req: TusRequest, uploadId: string) {
  if (req.method === 'POST') return
  const caller = callerOf(req)
  const upload = await store.getUpload(uploadId)
  if (upload.metadata?.ownerId !== String(caller.userId)) throw new UploadRefusal(404, 'E_NOT_FOUND', '上传不存在')
}

/** The bytes are all in: check them and keep them, or refuse; the staged copy goes either way. */
async function onUploadFinish(_req: TusRequest, upload: TusUpload) {
  try {
    const row = await finishUpload({ id: upload.id, size: upload.size!, path: join(stagingDir, upload.id), metadata: upload.metadata ?? {} })
    return { status_code: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(row.serialize()) }
  } finally {
    await store.remove(upload.id).catch(() => undefined)
  }
}

/** The form's latest deployed schema; null when no deployment holds it. */
async function latestSchema(formKey: string): Promise<unknown | null> {
  try {
    return (await formRegistry.latest(formKey)).schema
  } catch (error) {
    if (error instanceof FormNotFoundError) return null
    throw error
  }
}

async function canSeeProject(access: Access, projectId: number): Promise<boolean> {
  if (!Number.isInteger(projectId)) return false
  return !!(await scopeProjects(Project.query(), access).where('projects.id', projectId).select('projects.id').first())
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const server = new Server({
  path: TUS_PATH,
  datastore: store,
  relativeLocation: true,
  maxSize: HARD_LIMIT,
  // upload ids become row ids and URL segments: letters and digits only
  namingFunction: () => crypto.randomUUID().replaceAll('-', ''),
  onUploadCreate,
  onIncomingRequest,
  onUploadFinish,
})

/** Hands one raw request to the tus server, on behalf of `caller`; resolves once tus has answered. */
export async function handleTus(req: IncomingMessage, res: ServerResponse, caller: UploadCaller): Promise<void> {
  callers.set(req, caller)
  await server.handle(req, res)
}
