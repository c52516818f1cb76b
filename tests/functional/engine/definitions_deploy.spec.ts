import { test } from '@japa/runner'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import DefinitionsDeploy from '#commands/definitions_deploy'
import { reviewProcess } from './fixtures.js'

async function deployFolder(folder: string) {
  const ace = await app.container.make('ace')
  ace.ui.switchMode('raw')
  const command = await ace.create(DefinitionsDeploy, [folder])
  await command.exec()
  return { exitCode: command.exitCode, logs: command.logger.getLogs().map((log) => log.message).join('\n') }
}

test.group('node ace definitions:deploy', () => {
  test('deploys a folder, skips it when unchanged, and versions it when changed', async ({ assert, cleanup }) => {
    const folder = 'tmp/definitions-deploy-test'
    await mkdir(app.makePath(folder), { recursive: true })
    cleanup(() => rm(app.makePath(folder), { recursive: true, force: true }))
    await writeFile(app.makePath(folder, 'process.bpmn'), reviewProcess('folderDeploy', 'fd.check'))

    const first = await deployFolder(folder)
    const unchanged = await deployFolder(folder)
    await writeFile(app.makePath(folder, 'process.bpmn'), reviewProcess('folderDeploy', 'fd.check').replace('资料审查', '资料审查（第二版）'))
    const changed = await deployFolder(folder)

    assert.equal(first.exitCode, 0)
    assert.include(first.logs, 'folderDeploy 第 1 版')
    assert.include(unchanged.logs, '未改动')
    assert.include(changed.logs, 'folderDeploy 第 2 版')
  })

  test('an invalid model fails with the element named and exit code 1', async ({ assert, cleanup }) => {
    const folder = 'tmp/definitions-deploy-bad'
    await mkdir(app.makePath(folder), { recursive: true })
    cleanup(() => rm(app.makePath(folder), { recursive: true, force: true }))
    await writeFile(app.makePath(folder, 'process.bpmn'), reviewProcess('folderBad', 'fb.check').replace('<bpmn:endEvent id="rejected" />', '<bpmn:scriptTask id="calc" /><bpmn:endEvent id="rejected" />'))

    const result = await deployFolder(folder)

    assert.equal(result.exitCode, 1)
    assert.include(result.logs, 'calc')
  })
})
