import { readFile } from 'node:fs/promises'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
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

/** The open user tasks of an instance, through the engine's REST API. */
export async function openTasks(client: ApiClient, workerToken: string, instanceId: string): Promise<{ id: string; taskDefinitionKey: string; assignee: string | null; due: string | null }[]> {
  return (await client.get('/engine-rest/task').qs({ processInstanceId: instanceId }).bearerToken(workerToken)).body()
}
