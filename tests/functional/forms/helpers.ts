import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import DefinitionsDeploy from '#commands/definitions_deploy'
import { residentIdCheckChar } from '#forms'

export const FORM_URL = '/api/forms/zhian:forms-api/filing'

/** Deploys tests/fixtures/definitions/forms-api (a fill task hiding internalNote, a review task where all else is read-only). */
export async function deployFormsFixture(): Promise<void> {
  const ace = await app.container.make('ace')
  ace.ui.switchMode('raw')
  const command = await ace.create(DefinitionsDeploy, ['tests/fixtures/definitions/forms-api'])
  await command.exec()
  if (command.exitCode) throw new Error(command.logger.getLogs().map((l) => l.message).join('\n'))
}

/** Starts the filing process for hongji.user on project 000001 and returns its instance and fill task. */
export async function startFiling(client: ApiClient, workerToken: string): Promise<{ instanceId: string; taskId: string; projectId: number }> {
  const project = await db.from('projects').where('code', '2026-210102-47-01-000001').firstOrFail()
  const started = await client
    .post('/engine-rest/process-definition/key/formsApiFiling/start')
    .bearerToken(workerToken)
    .json({ variables: { filer: { value: 'hongji.user' }, projectId: { value: project.id, type: 'Integer' } } })
  started.assertStatus(200)
  const instanceId = started.body().id as string
  return { instanceId, taskId: await openTask(client, workerToken, instanceId), projectId: project.id }
}

/** The one open task of an instance. */
export async function openTask(client: ApiClient, workerToken: string, instanceId: string): Promise<string> {
  const tasks = await client.get('/engine-rest/task').qs({ processInstanceId: instanceId }).bearerToken(workerToken)
  return tasks.body()[0]?.id
}

/** A fictional, check-digit-valid 公民身份号码 of 和平区. */
export const MANAGER_ID = '21010219800101123' + residentIdCheckChar('21010219800101123')

/** Valid values of the fixture's form for hongji.user. */
export async function validFiling(projectId: number) {
  const builder = await db.from('organizations').where('name', '沈阳城建置业有限公司').firstOrFail()
  return {
    permitNo: '210102202611240101',
    category: '房屋建筑工程',
    structureType: '框架结构',
    floors: 18,
    builderCreditCode: builder.credit_code,
    managerIdNumber: MANAGER_ID,
    project: String(projectId),
  }
}
