import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { draftFormFields } from '#services/documents/template_fields'
import { starterTemplate } from '#services/documents/template_starter'

const inspectionForm = async () => [{ path: 'forms/inspection.form.json', content: await readFile(app.makePath('definitions/site-inspection/forms/inspection.form.json'), 'utf8') }]

test.group('template editor: the fields a draft\'s forms offer', () => {
  test('fields by data path with titles; dates, lists and tables insert what prints them; attachments are left out', async ({ assert }) => {
    const [inspection] = draftFormFields(await inspectionForm())
    const byPath = new Map(inspection.fields.map((f) => [f.path, f]))

    assert.equal(inspection.title, '监督检查记录')
    assert.deepEqual(byPath.get('inspectionDate'), { path: 'inspectionDate', title: '检查日期', insert: '{{date inspectionDate}}' })
    assert.equal(byPath.get('inspectors')!.insert, '{{join inspectors}}')
    assert.deepEqual(byPath.get('items[].content'), { path: 'items[].content', title: '检查项 · 检查内容', insert: '{{content}}' })
    assert.include(byPath.get('items')!.insert, '{{#each items}}')
    assert.include(byPath.get('items')!.insert, '<th>问题描述</th>')
    assert.isFalse(byPath.has('sitePhotos'))
    assert.isFalse(byPath.has('items[].photos'))
    assert.isFalse(byPath.has('location'))
  })

  test('a new template\'s sample has every printable field, a row for each table, and the variables every case carries', async ({ assert }) => {
    const { sample, manifest } = starterTemplate(await inspectionForm())

    assert.equal(sample.opinion, '（监督意见）')
    assert.lengthOf(sample.items as unknown[], 1)
    assert.equal((sample.items as { content: string }[])[0].content, '（检查内容）')
    assert.equal(sample.applicantOrgName, '辽宁宏基建设集团有限公司')
    assert.match(String(sample.issueDate), /^\d{4}-\d{2}-\d{2}$/)
    assert.deepEqual(manifest.seal, { anchor: true })
  })
})
