import { test } from '@japa/runner'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import DefinitionsDeploy from '#commands/definitions_deploy'
import { tokenFor } from '#tests/helpers/api'
import { reviewProcess } from './fixtures.js'

async function deployFolder(folder: string) {
  const ace = await app.container.make('ace')
  ace.ui.switchMode('raw')
  const command = await ace.create(DefinitionsDeploy, [folder])
  await command.exec()
  return { exitCode: command.exitCode, logs: command.logger.getLogs().map((log) => log.message).join('\n') }
}

/** A scratch copy of tests/fixtures/definitions/site-inspection, removed after the test. */
async function siteInspectionCopy(parent: string, cleanup: (fn: () => Promise<void>) => void): Promise<string> {
  const folder = `tmp/${parent}/site-inspection`
  await rm(app.makePath(`tmp/${parent}`), { recursive: true, force: true })
  await cp(app.makePath('tests/fixtures/definitions/site-inspection'), app.makePath(folder), { recursive: true })
  cleanup(() => rm(app.makePath(`tmp/${parent}`), { recursive: true, force: true }))
  return folder
}

test.group('node ace definitions:deploy', () => {
  test('deploys a folder, skips it when unchanged, and versions it when changed', async ({ assert, cleanup }) => {
    const folder = 'tmp/definitions-deploy-test'
    await mkdir(app.makePath(folder), { recursive: true })
    cleanup(() => rm(app.makePath(folder), { recursive: true, force: true }))
    await writeFile(app.makePath(folder, 'process.bpmn'), reviewProcess('folderDeploy', 'fd.check'))
    await writeFile(app.makePath(folder, 'review.form.json'), '{"type":"object"}')

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
    await writeFile(app.makePath(folder, 'review.form.json'), '{"type":"object"}')

    const result = await deployFolder(folder)

    assert.equal(result.exitCode, 1)
    assert.include(result.logs, 'calc')
  })

  test('the BPMN, the form and the template it names form one versioned deployment; other files stay behind', async ({ client, assert, cleanup }) => {
    // given: a copy of the site-inspection fixture and an instance started on its first version
    const token = await tokenFor(client, 'worker')
    const folder = await siteInspectionCopy('definitions-deploy-site', cleanup)
    const first = await deployFolder(folder)
    const instance = (await client.post('/engine-rest/process-definition/key/siteInspection/start').bearerToken(token).json({})).body()

    // when: deployed again unchanged, then with a changed template only
    const unchanged = await deployFolder(folder)
    const template = '<h1>整改通知书（修订）</h1>\n'
    await writeFile(app.makePath(folder, 'templates/rectification-notice.hbs'), template)
    const changed = await deployFolder(folder)

    // then: the first run deployed the BPMN, the form and both template files, and said what it left out
    assert.equal(first.exitCode, 0, first.logs)
    assert.include(first.logs, '已部署 siteInspection 第 1 版（process.bpmn）')
    assert.include(first.logs, '未部署（没有流程引用）：notes.txt')
    assert.include(unchanged.logs, '所有文件均未改动')
    assert.include(changed.logs, '已部署 siteInspection 第 2 版')

    const deployments = (await client.get('/engine-rest/deployment').qs({ name: 'site-inspection', sortBy: 'deploymentTime', sortOrder: 'asc' }).bearerToken(token)).body()
    assert.lengthOf(deployments, 2)
    const resources = (await client.get(`/engine-rest/deployment/${deployments[1].id}/resources`).bearerToken(token)).body()
    assert.deepEqual(resources.map((r: { name: string }) => r.name), [
      'forms/inspection-record.form.json',
      'process.bpmn',
      'templates/rectification-notice.hbs',
      'templates/rectification-notice.template.json',
    ])
    const hbs = resources.find((r: { name: string }) => r.name.endsWith('.hbs'))
    assert.equal((await client.get(`/engine-rest/deployment/${deployments[1].id}/resources/${hbs.id}/data`).bearerToken(token)).text(), template)
    // then: the running instance stays on the version it started with
    const running = (await client.get(`/engine-rest/process-instance/${instance.id}`).bearerToken(token)).body()
    assert.equal(running.definitionId, instance.definitionId)
    assert.match(running.definitionId, /^siteInspection:1:/)
  })

  test('a form the BPMN names but the folder lacks fails, naming the element and the file', async ({ assert, cleanup }) => {
    const folder = await siteInspectionCopy('definitions-deploy-no-form', cleanup)
    await rm(app.makePath(folder, 'forms/inspection-record.form.json'))

    const result = await deployFolder(folder)

    assert.equal(result.exitCode, 1)
    assert.include(result.logs, 'process.bpmn 的 inspect：引用的表单文件 inspection-record.form.json 不存在')
  })

  test('a template manifest the render task names but the folder lacks fails, naming the element and the file', async ({ assert, cleanup }) => {
    const folder = await siteInspectionCopy('definitions-deploy-no-template', cleanup)
    await rm(app.makePath(folder, 'templates/rectification-notice.template.json'))

    const result = await deployFolder(folder)

    assert.equal(result.exitCode, 1)
    assert.include(result.logs, 'process.bpmn 的 issueNotice：引用的文书模板文件 rectification-notice.template.json 不存在')
    assert.notInclude(result.logs, 'rectification-notice.hbs 不存在')
  })
})
