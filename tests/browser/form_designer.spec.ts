import { mkdir, readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Locator, Page } from 'playwright'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { compileForm } from '#forms'
import { tokenFor } from '#tests/helpers/api'
import { signIn } from '#tests/helpers/browser'
import { eventually } from '#tests/helpers/eventually'

const SHOTS = 'tmp/screenshots/form_designer'

/** A draft name of its own per test, so runs never meet. */
const draftName = (stem: string) => `${stem}-${Date.now().toString(36)}`
async function forgetDraft(name: string): Promise<void> {
  await db.from('definition_drafts').where('name', name).delete()
}

/** A draft of its own with one form file put in through the drafts API; the page and the stored file are what the test reads. */
async function draftWithForm(client: ApiClient, admin: string, stem: string, path: string, content: string) {
  const name = draftName(stem)
  ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '设计器测试' })).assertStatus(201)
  ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path, content })).assertStatus(200)
  const stored = async () => {
    const draft = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    return draft.body().files.find((f: { path: string }) => f.path === path).content as string
  }
  return { name, stored }
}

/** The designer's parts, by the names a person sees. */
const palette = (page: Page, label: string) => page.getByTestId('designer-palette').getByRole('button', { name: label, exact: true })
const panel = (page: Page) => page.getByTestId('designer-properties')
const property = (page: Page, label: string) => panel(page).getByLabel(label, { exact: true })

/** Picks an option of an antd Select whose combobox is `select` (clicked through its frame: a search box lies under the shown value). */
async function choose(page: Page, select: Locator, option: string) {
  await select.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click()
}

/** Waits until the field list's rows, top to bottom, have these identifiers. */
const rowOrder = (page: Page, keys: string[]) =>
  eventually(`the rows ${keys.join(', ')}`, async () => {
    const rows = await page.locator('[data-testid="designer-fields"] [data-field]').all()
    const shown = await Promise.all(rows.map((row) => row.getAttribute('data-field')))
    return shown.join() === keys.join()
  })

/** Drags a row by its handle onto another row, as a mouse does (dnd-kit starts after a few pixels). */
async function drag(page: Page, handle: Locator, target: Locator) {
  await handle.hover()
  const from = (await handle.boundingBox())!
  const to = (await target.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 })
  await page.mouse.move(to.x + 20, to.y + 2, { steps: 10 })
  await page.mouse.up()
}

/** Adds a palette field and names it, as the administrator does. */
async function addField(page: Page, type: string, key: string, title: string) {
  await palette(page, type).click()
  await property(page, '字段标识').fill(key)
  await property(page, '标题').fill(title)
  await page.locator(`[data-field="${key}"]`).filter({ hasText: title }).waitFor()
}

test.group('表单设计器 in a real browser', (group) => {
  group.setup(async () => {
    await mkdir(SHOTS, { recursive: true })
  })

  test('[5.1.3-01-01] the system administrator designs a form with a linkage, previews it on PC and phone, and saves what the server accepts', async ({ browserContext, client, assert, cleanup }) => {
    // given: a draft made through the API
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('site-visit')
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '现场踏勘' })).assertStatus(201)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')

    // when: a form the draft does not have yet opens empty, and fields are added
    await page.goto(`/admin/drafts/${name}/forms/visit`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await page.locator('.ant-breadcrumb').filter({ hasText: '流程定义' }).filter({ hasText: '现场踏勘' }).filter({ hasText: '表单 visit' }).waitFor()
    await addField(page, '单行文本', 'place', '地点')
    await property(page, '必填').click()
    await addField(page, '日期', 'visitDate', '踏勘日期')
    await addField(page, '下拉选择', 'siteKind', '场地类型')
    await panel(page).getByLabel('选项文本').nth(0).fill('室内')
    await panel(page).getByLabel('选项文本').nth(1).fill('室外')
    await addField(page, '多行文本', 'indoorNotes', '室内情况')
    await choose(page, panel(page).getByRole('combobox', { name: '何时显示：依据字段' }), '场地类型（siteKind）')
    await choose(page, panel(page).getByRole('combobox', { name: '何时显示：值' }), '室内')
    await page.screenshot({ path: `${SHOTS}/designed.png`, fullPage: true })

    // the list reorders by drag and by 上移
    await drag(page, page.locator('[data-field="visitDate"] [aria-label="拖动排序"]'), page.locator('[data-field="place"]'))
    await rowOrder(page, ['visitDate', 'place', 'siteKind', 'indoorNotes'])
    await page.locator('[data-field="place"]').getByRole('button', { name: '上移' }).click()
    await rowOrder(page, ['place', 'visitDate', 'siteKind', 'indoorNotes'])

    // then: the PC preview shows the fields; the remark only for the first option; 校验预览 names the required one
    const pc = page.getByTestId('pc-preview')
    for (const title of ['地点', '踏勘日期', '场地类型']) await pc.locator('.ant-formily-item-label').filter({ hasText: title }).waitFor()
    assert.equal(await pc.getByText('室内情况').count(), 0)
    await choose(page, pc.locator('.ant-formily-item').filter({ hasText: '场地类型' }).getByRole('combobox'), '室内')
    await pc.locator('.ant-formily-item-label').filter({ hasText: '室内情况' }).waitFor()
    await page.getByRole('button', { name: '校验预览' }).click()
    await pc.locator('.ant-formily-item').filter({ hasText: '地点' }).getByText('该字段是必填字段').waitFor()
    await page.screenshot({ path: `${SHOTS}/preview-pc.png`, fullPage: true })

    // and the phone preview draws the same schema with the phone components, 390 px wide
    await page.getByRole('tab', { name: '手机预览' }).click()
    const phone = page.getByTestId('phone-preview')
    await phone.getByTestId('form-mobile').waitFor()
    for (const title of ['地点', '踏勘日期', '场地类型']) await phone.getByText(title).first().waitFor()
    assert.equal(Math.round((await phone.boundingBox())!.width), 390)
    await page.getByRole('button', { name: '校验预览' }).click()
    await phone.getByTestId('mobile-error').filter({ hasText: '该字段是必填字段' }).first().waitFor()
    await phone.screenshot({ path: `${SHOTS}/preview-phone.png` })

    // when: saved
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()

    // then: the draft holds the schema, in the dialect the server validates
    const draft = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    draft.assertStatus(200)
    const file = draft.body().files.find((f: { path: string }) => f.path === 'forms/visit.form.json')
    const stored = JSON.parse(file.content)
    assert.equal(stored.title, '现场踏勘')
    const grid = stored.properties.grid
    assert.equal(grid['x-component'], 'FormGrid')
    assert.deepEqual(Object.keys(grid.properties), ['place', 'visitDate', 'siteKind', 'indoorNotes'])
    assert.deepInclude(grid.properties.place, { type: 'string', title: '地点', 'x-component': 'Input', required: true })
    assert.deepInclude(grid.properties.visitDate, { type: 'string', title: '踏勘日期', 'x-component': 'DatePicker' })
    assert.deepInclude(grid.properties.siteKind, { type: 'string', title: '场地类型', 'x-component': 'Select', enum: ['室内', '室外'] })
    assert.deepEqual(grid.properties.indoorNotes['x-reactions'], { dependencies: ['siteKind'], fulfill: { state: { visible: "{{$deps[0] === '室内'}}" } } })
    const compiled = compileForm(stored)
    assert.deepEqual(compiled.validate({ siteKind: '室外', indoorNotes: '不显示' }).errors, [{ path: 'place', message: '该字段是必填字段' }])
    assert.deepEqual(compiled.validate({ place: '三号楼', siteKind: '室外', indoorNotes: '不显示' }).value, { place: '三号楼', siteKind: '室外' })
    assert.deepEqual(problems, [])
  })

  test('an existing form round-trips: saved unchanged it is the same JSON, key for key; a renamed field takes its linkage along', async ({ browserContext, client, assert, cleanup }) => {
    // given: the shipped 项目报监 form, with grids, a group, sub-tables, a date range the palette does not make, and linkages
    const admin = await tokenFor(client, 'sysadmin')
    const original = await readFile(app.makePath('definitions/project-filing/forms/filing.form.json'), 'utf8')
    const { name, stored } = await draftWithForm(client, admin, 'filing-copy', 'forms/filing.form.json', original)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}/forms/filing`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await page.locator('[data-field="period"]').filter({ hasText: '保留原样' }).waitFor()
    await page.getByTestId('pc-preview').locator('.ant-formily-item-label').filter({ hasText: '工程名称' }).waitFor()

    // when: saved untouched
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()

    // then: the same schema, keys in the same order
    assert.equal(JSON.stringify(JSON.parse(await stored())), JSON.stringify(JSON.parse(original)))

    // when: 是否涉及深基坑 is renamed and a sub-table column retitled
    await page.locator('[data-field="hasDeepPit"]').click()
    await property(page, '字段标识').fill('deepPit')
    await page.locator('[data-field="deepPit"]').waitFor()
    await page.locator('[data-field="partyType"]').click()
    await property(page, '标题').fill('参建单位类型')
    await page.locator('[data-field="partyType"]').filter({ hasText: '参建单位类型' }).waitFor()
    await page.getByRole('button', { name: '查看 JSON' }).click()
    await page.getByTestId('form-json').filter({ hasText: '"deepPit"' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/filing-json.png` })
    await page.locator('.ant-drawer-close').click()
    await page.getByTestId('form-json').waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').last().waitFor()

    // then: the linkage follows the new name, the column title is where the table and the phone read it, nothing else moved
    const changed = JSON.parse(await stored())
    assert.deepEqual(changed.properties.pitDepth['x-reactions'].dependencies, ['deepPit'])
    assert.deepEqual(Object.keys(changed.properties).slice(3, 6), ['deepPit', 'pitDepth', 'hazards'])
    assert.deepInclude(changed.properties.parties.items.properties.c1, { title: '参建单位类型', 'x-component-props': { title: '参建单位类型' } })
    assert.deepEqual(changed.properties.basic, JSON.parse(original).properties.basic)
    compileForm(changed)
    assert.deepEqual(problems, [], problems.join('\n'))
  })

  test('a schema the server refuses is not saved, and the refusal shows at its field', async ({ browserContext, client, assert, cleanup }) => {
    // given: a form file with a component outside the dialect (written through the API, as an import could)
    const admin = await tokenFor(client, 'sysadmin')
    const schema = {
      type: 'object',
      properties: {
        area: { type: 'string', title: '区域', 'x-decorator': 'FormItem', 'x-component': 'Cascader' },
        note: { type: 'string', title: '备注', 'x-decorator': 'FormItem', 'x-component': 'Input' },
      },
    }
    const content = `${JSON.stringify(schema, null, 2)}\n`
    const { name, stored } = await draftWithForm(client, admin, 'refused', 'forms/broken.form.json', content)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}/forms/broken`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })

    // when: the administrator edits what the designer knows and saves
    await page.locator('[data-field="note"]').click()
    await property(page, '标题').fill('情况说明')
    await page.getByRole('button', { name: '保存', exact: true }).click()

    // then: the checker's finding is shown and marks its row, and the draft is unchanged
    await page.getByTestId('designer-problems').filter({ hasText: '不支持的组件「Cascader」' }).waitFor()
    await page.locator('[data-field="area"]').filter({ hasText: '有误' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/refused.png`, fullPage: true })
    assert.equal(await stored(), content.trim())

    // and once the field is gone, the form saves
    await page.locator('[data-field="area"]').getByRole('button', { name: '删除' }).click()
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()
    assert.deepEqual(JSON.parse(await stored()).properties, { note: { ...schema.properties.note, title: '情况说明' } })
  })

  test('a sub-table gets its columns from the palette, a row linkage from its sibling, and a select its options from a dictionary', async ({ browserContext, client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('checklist')
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '检查清单' })).assertStatus(201)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}/forms/checklist`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })

    // a select over the 结构类型 dictionary
    await addField(page, '下拉选择', 'structure', '结构类型')
    await panel(page).locator('.ant-radio-button-wrapper').filter({ hasText: '数据字典' }).click()
    await choose(page, panel(page).getByRole('combobox', { name: '数据字典' }), '结构类型（structure-type）')

    // a table; with it selected, the palette adds columns, before its 操作 column
    await addField(page, '子表', 'items', '检查项')
    await addField(page, '单选', 'result', '结论')
    await panel(page).getByLabel('选项文本').nth(0).fill('合格')
    await panel(page).getByLabel('选项文本').nth(1).fill('不合格')
    await addField(page, '多行文本', 'issue', '问题描述')
    await choose(page, panel(page).getByRole('combobox', { name: '何时必须填写：依据字段' }), '结论（.result）')
    await choose(page, panel(page).getByRole('combobox', { name: '何时必须填写：值' }), '不合格')
    await page.locator('[data-field="issue"]').filter({ hasText: '联动' }).waitFor()
    await rowOrder(page, ['structure', 'items', 'c0', 'name', 'result', 'issue', 'operations'])

    // the preview draws the dictionary's items and the table's columns
    const pc = page.getByTestId('pc-preview')
    await choose(page, pc.locator('.ant-formily-item').filter({ hasText: '结构类型' }).getByRole('combobox'), '框架结构')
    for (const column of ['序号', '名称', '结论', '问题描述', '操作']) await pc.locator('th').filter({ hasText: column }).first().waitFor()
    await page.screenshot({ path: `${SHOTS}/table.png`, fullPage: true })
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()

    const draft = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    const stored = JSON.parse(draft.body().files.find((f: { path: string }) => f.path === 'forms/checklist.form.json').content)
    const { structure, items } = stored.properties.grid.properties
    assert.deepInclude(structure, { 'x-component': 'Select', 'x-data-source': { dictionary: 'structure-type' } })
    assert.notProperty(structure, 'enum')
    assert.deepEqual(Object.keys(items.items.properties), ['c0', 'c1', 'c2', 'c3', 'operations'])
    assert.deepInclude(items.items.properties.c2, { title: '结论', 'x-component': 'ArrayTable.Column' })
    assert.deepEqual(items.items.properties.c3.properties.issue['x-reactions'], { dependencies: ['.result'], fulfill: { state: { required: "{{$deps[0] === '不合格'}}" } } })
    const verdict = compileForm(stored).validate({ structure: '框架结构', items: [{ name: '模板支撑', result: '不合格' }] }, { dictionaries: { 'structure-type': ['框架结构'] } })
    assert.deepEqual(verdict.errors, [{ path: 'items.0.issue', message: '该字段是必填字段' }])
    assert.deepEqual(problems, [])
  })

  test('栅格 and 分组 come from the palette, a field moves into the section, and the preview takes an attachment without uploading it', async ({ browserContext, client, assert, cleanup }) => {
    // given: a new form of a draft
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('layout')
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '现场勘查' })).assertStatus(201)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    const problems: string[] = []
    const uploads: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('request', (request) => request.url().includes('/api/uploads') && uploads.push(`${request.method()} ${request.url()}`))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}/forms/survey`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await addField(page, '单行文本', 'place', '地点')
    await addField(page, '附件', 'photos', '现场照片')

    // when: a 栅格 after 地点, set to three columns, with a date put in it
    await page.locator('[data-field="place"]').click()
    await palette(page, '栅格').click()
    await property(page, '栅格标识').fill('measures')
    await page.locator('[data-field="measures"]').filter({ hasText: '栅格（2 列）' }).waitFor()
    await panel(page).locator('.ant-radio-button-wrapper').filter({ hasText: '3 列' }).click()
    await page.locator('[data-field="measures"]').filter({ hasText: '栅格（3 列）' }).waitFor()
    await addField(page, '日期', 'surveyDate', '勘查日期')

    // and a 分组 after 地点, titled, and 现场照片 moved into it by 移到…
    await page.locator('[data-field="place"]').click()
    await palette(page, '分组').click()
    await property(page, '分组标识').fill('scene')
    await property(page, '标题').fill('现场情况')
    await page.locator('[data-field="scene"]').filter({ hasText: '现场情况' }).waitFor()
    await page.locator('[data-field="photos"]').click()
    await choose(page, panel(page).getByRole('combobox', { name: '移到' }), '分组：现场情况')
    await rowOrder(page, ['place', 'scene', 'photos', 'measures', 'surveyDate'])

    await page.screenshot({ path: `${SHOTS}/layout.png`, fullPage: true })

    // the PC preview shows the section's title with the attachment in it; a picked file is kept in the page, not uploaded
    const pc = page.getByTestId('pc-preview')
    const section = pc.getByTestId('form-section').filter({ hasText: '现场情况' })
    await section.locator('.ant-formily-item-label').filter({ hasText: '现场照片' }).waitFor()
    await section.getByText('预览中不上传').waitFor()
    await section.getByTestId('upload-input').setInputFiles({ name: '东立面.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') })
    await section.getByTestId('upload-done').filter({ hasText: '东立面.png' }).waitFor()
    assert.equal(await pc.locator('.ant-alert-error').count(), 0)
    await pc.locator('.ant-formily-item-label').filter({ hasText: '勘查日期' }).waitFor()

    // and so does the phone preview
    await page.getByRole('tab', { name: '手机预览' }).click()
    const phone = page.getByTestId('phone-preview')
    await phone.getByTestId('mobile-section').filter({ hasText: '现场情况' }).getByText('现场照片').waitFor()
    await phone.getByTestId('upload-input').setInputFiles({ name: '西立面.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') })
    await phone.getByTestId('upload-done').filter({ hasText: '西立面.pdf' }).waitFor()
    assert.equal(await phone.locator('.ant-alert-error').count(), 0)
    await phone.screenshot({ path: `${SHOTS}/layout-phone.png` })

    // when: saved
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()

    // then: the stored schema has the section (whole row in the form's grid) holding the attachment, and the three-column grid
    const draft = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    const stored = JSON.parse(draft.body().files.find((f: { path: string }) => f.path === 'forms/survey.form.json').content)
    const grid = stored.properties.grid
    assert.deepEqual(Object.keys(grid.properties), ['place', 'scene', 'measures'])
    assert.deepInclude(grid.properties.scene, { type: 'void', title: '现场情况', 'x-component': 'FormSection', 'x-decorator': 'FormGrid.GridColumn' })
    assert.deepEqual(Object.keys(grid.properties.scene.properties), ['photos'])
    assert.deepInclude(grid.properties.scene.properties.photos, { type: 'array', title: '现场照片', 'x-component': 'Upload' })
    assert.deepInclude(grid.properties.measures, { type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: 3, strictAutoFit: true } })
    assert.deepEqual(Object.keys(grid.properties.measures.properties), ['surveyDate'])
    // layout is no data path: the server's validator names the fields as if the containers were not there
    const compiled = compileForm(stored)
    assert.deepEqual(compiled.validate({ place: '东门', photos: [], surveyDate: '2026-05-01' }).value, { place: '东门', photos: [], surveyDate: '2026-05-01' })
    assert.deepEqual(uploads, [])
    assert.deepEqual(problems, [], problems.join('\n'))
  })

  test('moving a field into an object group renames it when the group has the identifier, says so, and carries its linkage', async ({ browserContext, client, assert, cleanup }) => {
    // given: a root field `name` a linkage depends on, and an object group `manager` that has a `name` of its own
    const admin = await tokenFor(client, 'sysadmin')
    const input = (title: string, extra: object = {}) => ({ type: 'string', title, 'x-decorator': 'FormItem', 'x-component': 'Input', ...extra })
    const schema = {
      type: 'object',
      properties: {
        name: input('联系人'),
        note: input('备注', { 'x-reactions': { dependencies: ['name'], fulfill: { state: { visible: "{{$deps[0] !== ''}}" } } } }),
        manager: { type: 'object', title: '项目经理', properties: { name: input('姓名') } },
        rows: {
          type: 'array',
          title: '人员',
          'x-decorator': 'FormItem',
          'x-component': 'ArrayTable',
          items: { type: 'object', properties: { c1: { type: 'void', title: '姓名', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '姓名' }, properties: { who: input('姓名') } } } },
        },
      },
    }
    const { name, stored } = await draftWithForm(client, admin, 'move', 'forms/contact.form.json', `${JSON.stringify(schema, null, 2)}\n`)
    cleanup(() => forgetDraft(name))
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 1000 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}/forms/contact`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })

    // then: a table's column cannot leave its table, and a table is offered as no target
    await page.locator('[data-field="who"]').click()
    assert.isTrue(await panel(page).getByRole('combobox', { name: '移到' }).isDisabled())
    await panel(page).getByText('子表的列不能移出子表').waitFor()
    await page.locator('[data-field="note"]').first().click()
    await panel(page).getByRole('combobox', { name: '移到' }).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-disabled').filter({ hasText: '子表：人员' }).filter({ hasText: '不能移入子表' }).waitFor()
    await page.keyboard.press('Escape')

    // when: the root `name` goes into the group
    await page.locator('[data-field="name"]').first().click()
    await choose(page, panel(page).getByRole('combobox', { name: '移到' }), '对象分组：项目经理')

    // then: the panel says what happened, and the list shows the new identifier in the group
    await panel(page).getByTestId('move-notice').filter({ hasText: '已改名为「name1」' }).filter({ hasText: '数据路径 name 改为 manager.name1' }).waitFor()
    await rowOrder(page, ['note', 'manager', 'name', 'name1', 'rows', 'who'])
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()
    const changed = JSON.parse(await stored())
    assert.deepEqual(Object.keys(changed.properties), ['note', 'manager', 'rows'])
    assert.deepEqual(Object.keys(changed.properties.manager.properties), ['name', 'name1'])
    assert.equal(changed.properties.manager.properties.name1.title, '联系人')
    assert.deepEqual(changed.properties.note['x-reactions'].dependencies, ['manager.name1'])
    compileForm(changed)
    assert.deepEqual(problems, [], problems.join('\n'))
  })
})
