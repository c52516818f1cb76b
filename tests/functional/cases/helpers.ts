import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import DefinitionsDeploy from '#commands/definitions_deploy'

/** Deploys definitions/project-filing as `npm start` does (an unchanged folder deploys nothing). */
export async function deployProjectFiling(): Promise<void> {
  const ace = await app.container.make('ace')
  ace.ui.switchMode('raw')
  const command = await ace.create(DefinitionsDeploy, ['definitions/project-filing'])
  await command.exec()
  if (command.exitCode) throw new Error(command.logger.getLogs().map((l) => l.message).join('\n'))
}

/** The shipped sample filing: 和平区, filed by 沈阳城建置业 with 宏基 as contractor. */
export async function sampleFiling(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const sample = JSON.parse(await readFile(app.makePath('definitions/project-filing/forms/filing.sample.json'), 'utf8'))
  return { ...sample, ...overrides }
}

/**
 * An upload as the tus endpoint leaves it, owned by `username` (the row only:
 * these tests check who may use and open it, not its bytes).
 */
export async function uploadedBy(username: string, name: string): Promise<{ id: string; name: string; size: number; mimeType: string }> {
  const owner = await db.from('users').where('username', username).firstOrFail()
  const id = randomBytes(16).toString('hex')
  await db.table('uploads').insert({ id, owner_id: owner.id, project_id: null, form_key: 'zhian:project-filing/filing', field_path: 'permitFiles', name, mime: 'application/pdf', size: 1024, sha256: '0'.repeat(64), storage_key: `test/${id}`, created_at: new Date().toISOString().slice(0, 19).replace('T', ' ') })
  return { id, name, size: 1024, mimeType: 'application/pdf' }
}

/** The sample filing with its two attachments uploaded by the filer. */
export async function filingBy(username: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return sampleFiling({ permitFiles: [await uploadedBy(username, '施工许可证.pdf')], safetyCommitment: [await uploadedBy(username, '安全生产承诺书.pdf')], ...overrides })
}

/** The open user tasks of an instance, through the engine's REST API. */
export async function openTasks(client: ApiClient, workerToken: string, instanceId: string): Promise<{ id: string; taskDefinitionKey: string; assignee: string | null; due: string | null }[]> {
  return (await client.get('/engine-rest/task').qs({ processInstanceId: instanceId }).bearerToken(workerToken)).body()
}

/**
 * Removes what filing a case left behind for real (the engine and the workers
 * commit outside any test transaction): its documents, submissions, the
 * project it registered, the case and the process instance. Other tests count
 * projects and documents of the demo districts.
 */
export async function forgetCase(processInstanceId: string): Promise<void> {
  const found = await db.from('process_cases').where('process_instance_id', processInstanceId).first()
  await db.from('issued_documents').where('process_instance_id', processInstanceId).delete()
  await db.from('form_submissions').where('process_instance_id', processInstanceId).delete()
  await db.from('process_cases').where('process_instance_id', processInstanceId).delete()
  await db.from('engine_process_instances').where('id', processInstanceId).delete()
  if (found?.project_id) {
    await db.from('form_submissions').where('project_id', found.project_id).update({ project_id: null })
    await db.from('project_parties').where('project_id', found.project_id).delete()
    await db.from('projects').where('id', found.project_id).delete()
  }
}
