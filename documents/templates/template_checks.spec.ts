import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { TemplateSyntaxError, compileTemplate, manifestProblems, sourceProblems } from '../index.js'
import type { TemplateManifest } from '../index.js'

const SHIPPED = new URL('../../definitions/official-documents/documents/', import.meta.url).pathname
const manifest: TemplateManifest = { type: '测试', title: '测试', paper: 'A4', numbering: '测〔{year}〕{seq}号', requiredFields: [], seal: { anchor: false } }

test.group('template source checks', () => {
  test('a syntax error is placed at its line and column, in Chinese', ({ assert }) => {
    assert.deepEqual(sourceProblems('<p>{{recipient}}</p>\n<p>{{project.name</p>'), [{ line: 2, column: 14, detail: '无法识别的写法：{{ }} 没有写完整' }])
    assert.deepEqual(sourceProblems('{{#if a}}\n<p>x</p>\n'), [{ line: 3, column: 1, detail: '模板意外结束：有没有闭合的 {{#…}} 块' }])
    assert.deepEqual(sourceProblems('<p>\n  {{#if a}}x{{/each}}</p>'), [{ line: 2, column: 6, detail: '{{#if}} 与 {{/each}} 不配对' }])
  })

  test('unknown partials and helpers are named where they are used; fields, @data and house names pass', ({ assert }) => {
    const problems = sourceProblems('{{#> official-document}}\n{{recipient}} {{date issueDate}} {{@issuer.name}}\n{{> signature-blok}}\n{{shout recipient}}\n{{/official-document}}')
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.detail.split('（')[0]]), [
      [3, 1, '没有名为 signature-blok 的公共片段'],
      [4, 1, '没有名为 shout 的辅助函数'],
    ])
  })

  test('compileTemplate refuses a broken source with TemplateSyntaxError carrying the place', ({ assert }) => {
    try {
      compileTemplate('broken', 'a\n{{#each x}}', manifest)
      assert.fail('compiled')
    } catch (error) {
      assert.instanceOf(error, TemplateSyntaxError)
      assert.equal((error as TemplateSyntaxError).line, 2)
    }
  })

  test('every shipped template and manifest passes the checks', async ({ assert }) => {
    const files = await readdir(SHIPPED)
    for (const file of files.filter((f) => f.endsWith('.hbs'))) assert.deepEqual(sourceProblems(await readFile(SHIPPED + file, 'utf8')), [], file)
    for (const file of files.filter((f) => f.endsWith('.template.json'))) assert.deepEqual(manifestProblems(JSON.parse(await readFile(SHIPPED + file, 'utf8'))), [], file)
  })
})

test.group('template manifest checks', () => {
  test('every problem is reported at its field', ({ assert }) => {
    const problems = manifestProblems({ type: '', title: '约谈记录', paper: 'A4', numbering: '沈和〔{year}〕{station}号', requiredFields: ['recipient', 'a..b'], seal: {} })
    assert.deepEqual(problems.map((p) => p.field), ['type', 'numbering', 'requiredFields', 'seal.anchor'])
    assert.include(problems[1].message, '{station}')
    assert.include(problems[2].message, 'a..b')
  })

  test('a pattern needs a sequence number; {seq:4} and {year} are fine', ({ assert }) => {
    const base = { type: '约谈记录', title: '约谈记录', paper: 'A4', requiredFields: [], seal: { anchor: true } }
    assert.deepEqual(manifestProblems({ ...base, numbering: '沈和质监谈〔{year}〕{seq:4}号' }), [])
    assert.deepEqual(manifestProblems({ ...base, numbering: '沈和质监谈〔{year}〕号' }).map((p) => p.field), ['numbering'])
    assert.deepEqual(manifestProblems([]), [{ field: '', message: '应为 JSON 对象' }])
  })
})
