import { test } from '@japa/runner'
import type { Page } from 'playwright'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { createDraft } from '#actions/definitions/create_draft'
import { signIn } from '#tests/helpers/browser'
import { poppler } from '#tests/helpers/pdf'

const SHOTS = 'tmp/screenshots/templates'
const TEMPLATE = 'warning-talk-record'
const squash = (text: string) => text.replace(/\s+/g, '')

/** The PDF the preview frame shows now (its blob URL read inside the page), once it differs from `previous`. */
async function nextPreview(page: Page, previous: string | null): Promise<{ src: string; text: string }> {
  const frame = page.locator('[data-testid="template-preview-frame"]')
  await frame.and(page.locator(previous ? `:not([src="${previous}"])` : '[src]')).waitFor({ timeout: 60_000 })
  const src = (await frame.getAttribute('src'))!
  const base64 = await page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return btoa(binary)
  }, src)
  const pdf = Buffer.from(base64, 'base64')
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the preview is not a PDF')
  return { src, text: squash((await poppler('pdftotext', pdf)).stdout) }
}

test.group('文书模板编辑 in a real browser', () => {
  test('the administrator writes a new template: live preview, a field inserted from the list, a syntax error shown and fixed, saved into the draft', async ({ browserContext, assert, cleanup }) => {
    // given: a draft made as 新建流程 makes it (its start form has 事项名称 subject)
    const name = `talk-${Date.now().toString(36)}`
    await createDraft({ name, title: '警示约谈' }, { userId: null, username: 'test', organizationId: null, ip: '127.0.0.1', userAgent: null })
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')

    // when: the editor opens on a new template name, it previews the skeleton
    await page.goto(`/admin/drafts/${name}/documents/${TEMPLATE}`)
    let shown = await nextPreview(page, null)
    assert.include(shown.text, '辽宁省住房和城乡建设厅')
    assert.include(shown.text, '预览无效')

    // the manifest, as a form
    await page.getByLabel('文书类型').fill('警示约谈记录')
    await page.getByLabel('标题').fill('警示约谈记录')
    await page.getByLabel('文号格式').fill('沈和质监谈〔{year}〕{seq}号')

    // a field from the list goes where the caret is
    const source = page.getByLabel('模板源码')
    // the server's tsconfig knows no DOM: the textarea is typed by what is used of it
    await source.evaluate((area: { value: string; focus(): void; setSelectionRange(start: number, end: number): void }) => {
      const at = area.value.indexOf('（在此编写正文')
      area.focus()
      area.setSelectionRange(at, at)
    })
    await page.locator('[data-testid="template-field"][data-path="subject"]').click()
    assert.include(await source.inputValue(), '<p>{{subject}}（在此编写正文')
    shown = await nextPreview(page, shown.src)
    assert.include(shown.text, '沈和质监谈〔')
    assert.include(shown.text, '警示约谈记录')
    assert.include(shown.text, '（事项名称）（在此编写正文')
    await page.screenshot({ path: `${SHOTS}/editor.png`, fullPage: true })

    // a syntax error is shown in red at its line, and goes away when fixed
    const good = await source.inputValue()
    await source.fill(good.replace('{{subject}}', '{{subject'))
    const error = page.locator('[data-testid="template-errors"] li[data-path="source"]')
    await error.waitFor({ timeout: 60_000 })
    assert.match((await error.textContent())!, /模板源码：第 3 行第 \d+ 列/)
    await page.screenshot({ path: `${SHOTS}/syntax-error.png`, fullPage: true })
    await source.fill(good)
    await error.waitFor({ state: 'detached', timeout: 60_000 })
    shown = await nextPreview(page, shown.src)
    assert.include(shown.text, '（事项名称）')

    // 保存 writes the three files into the draft
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存到草稿').waitFor()
    const draft = await page.request.get(`http://${env.get('HOST')}:${env.get('PORT')}/api/admin/drafts/${name}`)
    const files = new Map(((await draft.json()).files as { path: string; content: string }[]).map((f) => [f.path, f.content]))

    // then
    assert.include(files.get(`documents/${TEMPLATE}.hbs`), '{{subject}}')
    assert.deepInclude(JSON.parse(files.get(`documents/${TEMPLATE}.template.json`)!), { type: '警示约谈记录', title: '警示约谈记录', numbering: '沈和质监谈〔{year}〕{seq}号', paper: 'A4', seal: { anchor: true } })
    assert.equal(JSON.parse(files.get(`documents/${TEMPLATE}.sample.json`)!).subject, '（事项名称）')
    assert.deepEqual(problems, [], problems.join('\n'))
  })
})
