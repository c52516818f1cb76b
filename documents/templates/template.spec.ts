import { test } from '@japa/runner'
import { MissingFieldsError, TemplateError, compileTemplate, loadTemplate } from '../index.js'
import type { TemplateManifest } from '../index.js'
import { chineseDate, chineseDateTime, chineseNumeral, cssString, yuanInCapitals } from './helpers.js'

const SHIPPED = new URL('../../definitions/official-documents/documents/', import.meta.url).pathname
const SYSTEM = {
  documentNumber: '沈和质监整改〔2026〕15号',
  issuer: { name: '沈阳市和平区建设工程质量监督站' },
  sealSvg: '',
  verifyUrl: 'https://zhian.example.cn/v/1',
  qrSvg: '<svg></svg>',
  template: { type: '整改通知书', title: '整改通知书' },
}
const manifest = (requiredFields: string[]): TemplateManifest => ({ type: '测试', title: '测试', paper: 'A4', numbering: '测〔{year}〕{seq}号', requiredFields, seal: { anchor: false } })

test.group('document templates', () => {
  test('missing data is one MissingFieldsError naming every missing field, array items included', async ({ assert }) => {
    // given: the shipped 整改通知书 and data without its deadline, recipient and one defect's clause
    const template = await loadTemplate(SHIPPED, 'rectification-notice')
    const data = { project: { name: '3号楼', filingNumber: '1', address: '沈阳' }, inspection: { at: '2026-11-20', inspectors: [{ name: '王建国', certificateNo: '辽1' }] }, defects: [{ location: '12层', description: '临边', clause: '' }], requirements: '无', issueDate: '2026-11-24' }

    // when / then
    let error: unknown
    try {
      template.html(data, SYSTEM)
    } catch (thrown) {
      error = thrown
    }
    assert.instanceOf(error, MissingFieldsError)
    assert.deepEqual((error as MissingFieldsError).fields, ['recipient', 'defects[0].clause', 'deadline'])
    assert.equal((error as MissingFieldsError).code, 'E_MISSING_FIELDS')
  })

  test('strict mode: a field the template prints but the manifest forgot is still a MissingFieldsError', ({ assert }) => {
    const template = compileTemplate('forgot', '<p>{{recipient}}{{project.name}}</p>', manifest(['recipient']))
    assert.throws(() => template.html({ recipient: '某单位' }, SYSTEM), /缺少数据：project/)
  })

  test('user data with HTML and {{…}} is escaped and never evaluated', ({ assert }) => {
    const template = compileTemplate('echo', '<p>{{recipient}}</p><p>{{@documentNumber}}</p>', manifest(['recipient']))
    const html = template.html({ recipient: '<script>alert(1)</script></p><h1>{{@documentNumber}}' }, SYSTEM)
    assert.notInclude(html, '<script')
    assert.include(html, '&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;&lt;h1&gt;{{@documentNumber}}')
    assert.equal(html.split('沈和质监整改〔2026〕15号').length, 2)
  })

  test('templates see only the helpers documents/ registers, and no prototype members', ({ assert }) => {
    const template = compileTemplate('proto', '{{#each list}}{{this}}{{/each}}[{{constructor}}]', manifest([]))
    assert.equal(template.html({ list: ['a', 'b'] }, SYSTEM), 'ab[]')
    assert.throws(() => compileTemplate('helper', '{{shout recipient}}', manifest([])), /没有名为 shout 的辅助函数/)
  })

  test('a broken template or manifest is refused at load', async ({ assert }) => {
    assert.throws(() => compileTemplate('broken', '{{#each x}}', manifest([])), TemplateError)
    await assert.rejects(() => loadTemplate(SHIPPED, '../etc/passwd'), TemplateError)
  })
})

test.group('document helpers', () => {
  test('dates print as GB/T 9704 成文日期, in Beijing time', ({ assert }) => {
    assert.equal(chineseDate('2026-11-24'), '2026年11月24日')
    assert.equal(chineseDate('2026-11-23T16:30:00Z'), '2026年11月24日')
    assert.equal(chineseDateTime('2026-11-20T09:05:00+08:00'), '2026年11月20日9时05分')
    assert.throws(() => chineseDate('下周一'))
  })

  test('amounts in capitals as 决定书 print them', ({ assert }) => {
    assert.equal(yuanInCapitals(100000), '壹拾万元整')
    assert.equal(yuanInCapitals(200000), '贰拾万元整')
    assert.equal(yuanInCapitals(1234.5), '壹仟贰佰叁拾肆元伍角')
    assert.equal(yuanInCapitals(100010), '壹拾万零壹拾元整')
    assert.equal(yuanInCapitals(3000.07), '叁仟元零柒分')
  })

  test('cssStr leaves no way out of a CSS string or the <style> element', ({ assert }) => {
    const css = cssString('辽〔2026〕1号"; } </style><script>')
    assert.notInclude(css.slice(1, -1), '"')
    assert.notInclude(css, '<')
    assert.isTrue(css.startsWith('"辽\\3014 2026\\3015 1号'))
  })

  test('Chinese numerals for headings', ({ assert }) => {
    assert.deepEqual([1, 4, 10, 12, 20, 35].map(chineseNumeral), ['一', '四', '十', '十二', '二十', '三十五'])
  })
})
