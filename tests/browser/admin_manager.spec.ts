import { test } from '@japa/runner'
import type { Page } from 'playwright'
import db from '@adonisjs/lucid/services/db'
import { deleteDeployment, deploy, fetchAndLock, handleFailure, startInstance } from '#engine'
import { appEngine } from '#services/engine/engine'
import { signIn } from '#tests/helpers/browser'

const SHOTS = 'tmp/screenshots/admin'

/** 管理演示: one review step, renamed in the second version, with a notice step added. */
const demoProcess = (reviewName: string, withNotice: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs_mgrDemo" targetNamespace="http://zhian.test">
  <bpmn:process id="mgrDemo" name="管理演示流程" isExecutable="true">
    <bpmn:startEvent id="filed" />
    <bpmn:sequenceFlow id="toReview" sourceRef="filed" targetRef="review" />
    <bpmn:userTask id="review" name="${reviewName}" />
    ${withNotice ? '<bpmn:sequenceFlow id="toNotice" sourceRef="review" targetRef="notice" /><bpmn:userTask id="notice" name="告知申请人" /><bpmn:sequenceFlow id="toDone" sourceRef="notice" targetRef="done" />' : '<bpmn:sequenceFlow id="toDone" sourceRef="review" targetRef="done" />'}
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>`

async function deployDemo(reviewName: string, withNotice: boolean): Promise<string> {
  const deployed = await appEngine().execute(deploy, { name: 'mgr-demo', resources: [{ name: 'mgr-demo.bpmn', content: Buffer.from(demoProcess(reviewName, withNotice)) }] })
  return deployed.id
}

/** The page's own JSON call on its session, as the portal's fetches make it. */
async function getJson(page: Page, url: string): Promise<any> {
  return page.evaluate(async (address) => (await fetch(address, { headers: { accept: 'application/json' } })).json(), url)
}

/** The menu entries shown, by key (`nav-item-<key>`). */
async function menuKeys(page: Page): Promise<string[]> {
  await page.locator('[data-testid="nav-menu"]').waitFor()
  const links = await page.locator('[data-testid^="nav-item-"]').all()
  return (await Promise.all(links.map(async (link) => (await link.getAttribute('data-testid'))!.replace('nav-item-', '')))).sort()
}

test.group('管理员页面 in a real browser (流程定义 挂起/对比, 角色与权限, 用户角色, 数据字典)', (group) => {
  const deployments: string[] = []
  group.setup(async () => {
    deployments.push(await deployDemo('受理审查', false), await deployDemo('受理审查（市级）', true))
    return async () => {
      for (const id of deployments.reverse()) await appEngine().execute(deleteDeployment, { deploymentId: id, cascade: true })
    }
  })

  test('the system administrator suspends and resumes a version on 流程定义 and compares two versions', async ({ browserContext, assert }) => {
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.locator('[data-testid="nav-item-definitions"]').click()
    const row = page.locator('[data-testid="definition-table"] tr').filter({ hasText: '管理演示流程（mgrDemo）' }).first()
    await row.waitFor({ timeout: 60_000 })
    await row.locator('.ant-table-row-expand-icon').click()
    const versions = page.locator('tr.ant-table-expanded-row').filter({ hasText: 'mgr-demo' })

    // 挂起 the newest version, its instances untouched
    await versions.locator('[data-testid="definition-suspend"]').first().click()
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click()
    await page.locator('.ant-message').getByText('第 2 版已挂起').waitFor()
    await versions.locator('[data-testid="definition-suspended"]').waitFor()
    const catalog = await getJson(page, '/api/admin/definitions')
    assert.isTrue(catalog.find((entry: { key: string }) => entry.key === 'mgrDemo').versions[0].suspended)
    await page.screenshot({ path: `${SHOTS}/definitions_suspended.png`, fullPage: true })

    // 激活 again
    await versions.locator('[data-testid="definition-resume"]').first().click()
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click()
    await page.locator('.ant-message').getByText('第 2 版已激活').waitFor()
    await versions.locator('[data-testid="definition-suspended"]').waitFor({ state: 'detached' })
    assert.isFalse((await getJson(page, '/api/admin/definitions')).find((entry: { key: string }) => entry.key === 'mgrDemo').versions[0].suspended)

    // 版本对比: version 1 → 2 by default
    await versions.locator('[data-testid="definition-compare"]').click()
    const drawer = page.locator('[data-testid="compare-drawer"]')
    await drawer.locator('[data-testid="compare-elements"]').waitFor()
    assert.include(await drawer.locator('[data-testid="compare-elements"]').innerText(), '改名 用户任务 review：受理审查 → 受理审查（市级）')
    assert.include(await drawer.locator('[data-testid="compare-elements"]').innerText(), '新增 用户任务 告知申请人（notice）')
    assert.isAbove(await drawer.locator('.diff-added').count(), 0)
    assert.isAbove(await drawer.locator('.diff-removed').count(), 0)
    await page.screenshot({ path: `${SHOTS}/definitions_compare.png`, fullPage: true })
    assert.deepEqual(problems, [])
  })

  test('the system administrator opens a process\'s incidents from 流程定义 and 重试 gives the failed step back to the workers', async ({ browserContext, assert, cleanup }) => {
    // given: a process whose worker failed for good
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_mgrFail" targetNamespace="http://zhian.test">
  <bpmn:process id="mgrFail" name="异常演示流程" isExecutable="true">
    <bpmn:startEvent id="filed" /><bpmn:sequenceFlow id="f1" sourceRef="filed" targetRef="check" />
    <bpmn:serviceTask id="check" name="信用核查" camunda:type="external" camunda:topic="mgr.fail" /><bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>`
    const deployed = await appEngine().execute(deploy, { name: 'mgr-fail', resources: [{ name: 'mgr-fail.bpmn', content: Buffer.from(xml) }] })
    cleanup(async () => void (await appEngine().execute(deleteDeployment, { deploymentId: deployed.id, cascade: true })))
    await appEngine().execute(startInstance, { key: 'mgrFail' })
    const [task] = await appEngine().execute(fetchAndLock, { workerId: 'w1', maxTasks: 1, topics: [{ topicName: 'mgr.fail', lockDuration: 60_000 }] })
    await appEngine().execute(handleFailure, { id: task.id, workerId: 'w1', errorMessage: '信用平台连接超时', retries: 0, retryTimeout: 0 })

    // when: the administrator opens the incidents of the process
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.locator('[data-testid="nav-item-definitions"]').click()
    await page.locator('[data-testid="incidents-mgrFail"]').click()
    const drawer = page.locator('.ant-drawer').filter({ hasText: '运行异常：异常演示流程' })
    const row = drawer.locator('tr').filter({ hasText: '信用平台连接超时' })
    await row.filter({ hasText: '信用核查' }).waitFor()
    // the drawer slides in: let it settle for a legible screenshot
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${SHOTS}/incidents.png`, fullPage: true })

    // and retries it
    await row.locator('[data-testid="incident-retry-check"]').click()

    // then: the incident is gone, here and in the engine, and a worker gets the task again
    await drawer.getByText('没有未处理的异常').waitFor()
    await page.locator('[data-testid="incidents-mgrFail"]').waitFor({ state: 'detached' })
    const incidents = await db.from('engine_incidents').join('engine_process_instances', 'engine_process_instances.id', 'engine_incidents.process_instance_id').where('engine_process_instances.definition_key', 'mgrFail').count('* as n').first()
    assert.equal(Number(incidents?.n), 0)
    assert.lengthOf(await appEngine().execute(fetchAndLock, { workerId: 'w2', maxTasks: 1, topics: [{ topicName: 'mgr.fail', lockDuration: 60_000 }] }), 1)
    assert.deepEqual(problems, [])
  })

  test('the system administrator opens the running instances of a version and suspends one, then activates it', async ({ browserContext, assert }) => {
    // given: one instance waiting at the newest version's review
    const started = await appEngine().execute(startInstance, { key: 'mgrDemo' })
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.locator('[data-testid="nav-item-definitions"]').click()
    const row = page.locator('[data-testid="definition-table"] tr').filter({ hasText: '管理演示流程（mgrDemo）' }).first()
    await row.waitFor({ timeout: 60_000 })
    await row.locator('.ant-table-row-expand-icon').click()

    // when: the version's running count opens its instances, and the instance is suspended
    await page.locator('[data-testid="definition-instances-2"]').click()
    const instances = page.locator('.ant-drawer').filter({ hasText: '运行中的实例：管理演示流程 第 2 版' })
    const line = instances.locator('tr').filter({ hasText: started.id })
    await line.filter({ hasText: '受理审查（市级）' }).waitFor()
    await line.locator(`[data-testid="instance-suspend-${started.id}"]`).click()
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click()

    // then: it shows 已挂起, and the engine holds it and its task
    await line.getByText('已挂起').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${SHOTS}/instances_suspended.png`, fullPage: true })
    assert.isTrue(Boolean((await db.from('engine_process_instances').where('id', started.id).firstOrFail()).suspended))
    assert.isTrue(Boolean((await db.from('engine_tasks').where('process_instance_id', started.id).firstOrFail()).suspended))

    // when: activated again
    await line.locator(`[data-testid="instance-resume-${started.id}"]`).click()
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click()
    await line.getByText('运行中').waitFor()
    assert.isFalse(Boolean((await db.from('engine_tasks').where('process_instance_id', started.id).firstOrFail()).suspended))
    assert.deepEqual(problems, [])
  })

  test('the security administrator creates a role with two permissions (mixed duties are refused) and grants it to a user', async ({ browserContext, assert, cleanup }) => {
    cleanup(async () => {
      await db.from('roles').where('code', 'site_patrol').delete()
    })
    const page = await browserContext.newPage()
    await signIn(page, 'secadmin')
    await page.locator('[data-testid="nav-item-roles"]').click()
    await page.locator('[data-testid="role-table"]').getByText('流程候选组标识').waitFor()

    // a role mixing the security and audit duties: the API's 422 is shown at the permissions
    await page.locator('[data-testid="role-new"]').click()
    await page.locator('[data-testid="role-code"]').fill('site_patrol')
    await page.locator('[data-testid="role-name"]').fill('巡查员')
    for (const code of ['project:read', 'document:read', 'role:read', 'audit:read']) await page.locator(`[data-testid="permission-${code}"]`).click()
    await page.locator('[data-testid="role-save"]').click()
    await page.locator('[data-testid="role-form"]').getByText('一个角色不能同时包含系统管理、安全管理、审计管理中两类以上的权限').waitFor()
    await page.screenshot({ path: `${SHOTS}/roles_mixed.png`, fullPage: true })

    // two business permissions: saved
    for (const code of ['role:read', 'audit:read']) await page.locator(`[data-testid="permission-${code}"]`).click()
    await page.locator('[data-testid="role-save"]').click()
    await page.locator('.ant-message').getByText('角色已保存').waitFor()
    const created = page.locator('[data-testid="role-table"] tr').filter({ hasText: 'site_patrol' })
    await created.waitFor()
    assert.include(await created.innerText(), '2 项')

    // 用户角色: find hp.supervisor and add the role to the one they hold
    await page.locator('[data-testid="nav-item-user-roles"]').click()
    await page.locator('input[data-testid="user-search"]').fill('hp.supervisor')
    await page.locator('input[data-testid="user-search"]').press('Enter')
    await page.waitForURL(/q=hp.supervisor/)
    await page.locator('[data-testid="user-assign-hp.supervisor"]').click()
    await page.locator('[data-testid="user-role-site_patrol"]').click()
    await page.locator('[data-testid="user-roles-save"]').click()
    await page.locator('.ant-message').getByText('已更新', { exact: false }).waitFor()
    await page.locator('[data-testid="user-table"]').getByText('巡查员').waitFor()
    await page.screenshot({ path: `${SHOTS}/user_roles.png`, fullPage: true })

    const role = await db.from('roles').where('code', 'site_patrol').firstOrFail()
    const granted = await db.from('role_permissions').join('permissions', 'permissions.id', 'role_permissions.permission_id').where('role_id', role.id).select('permissions.code')
    assert.sameMembers(granted.map((g) => g.code), ['project:read', 'document:read'])
    const held = await db.from('user_roles').join('users', 'users.id', 'user_roles.user_id').join('roles', 'roles.id', 'user_roles.role_id').where('users.username', 'hp.supervisor').select('roles.code')
    assert.sameMembers(held.map((h) => h.code), ['supervisor', 'site_patrol'])
  })

  test('the system administrator adds a dictionary item on 数据字典 and the API serves it', async ({ browserContext, assert, cleanup }) => {
    const dictionary = await db.from('form_dictionaries').where('name', 'hazard-level').firstOrFail()
    cleanup(async () => {
      await db.from('form_dictionary_items').where({ dictionary_id: dictionary.id, value: 'pending-review' }).delete()
    })
    const page = await browserContext.newPage()
    await signIn(page, 'sysadmin')
    await page.locator('[data-testid="nav-item-dictionaries"]').click()
    await page.locator('[data-testid="dictionary-edit-hazard-level"]').click()
    const before = await page.locator('[data-testid="dictionary-items"] [data-testid="item-value"]').count()
    await page.locator('[data-testid="dictionary-add-item"]').click()
    await page.locator('[data-testid="item-value"]').nth(before).fill('pending-review')
    await page.locator('[data-testid="item-label"]').nth(before).fill('待核定')
    await page.locator('[data-testid="item-enabled"]').nth(before).click()
    await page.screenshot({ path: `${SHOTS}/dictionary_edit.png`, fullPage: true })
    await page.locator('[data-testid="dictionary-save"]').click()
    await page.locator('.ant-message').getByText('字典「隐患等级」已保存').waitFor()

    const served = await getJson(page, '/api/dictionaries/hazard-level')
    const added = served.items.find((item: { value: string }) => item.value === 'pending-review')
    assert.deepInclude(added, { value: 'pending-review', label: '待核定', isEnabled: false, sortOrder: before + 1 })
  })

  test('each administrator sees only their own menu entries, a supervisor none of them', async ({ browserContext, assert }) => {
    const expected: Record<string, string[]> = {
      'hp.supervisor': [],
      'sysadmin': ['definitions', 'dictionaries'],
      'secadmin': ['roles', 'user-roles'],
      'auditor': [],
    }
    const page = await browserContext.newPage()
    for (const [username, entries] of Object.entries(expected)) {
      await browserContext.clearCookies()
      await signIn(page, username)
      const admin = (await menuKeys(page)).filter((key) => ['definitions', 'roles', 'user-roles', 'dictionaries'].includes(key))
      assert.deepEqual(admin, entries.sort(), username)
    }
    await browserContext.clearCookies()
    await signIn(page, 'hp.supervisor')
    const refused = await page.goto('/admin/roles')
    assert.equal(refused?.status(), 403)
  })
})
