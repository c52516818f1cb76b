import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { closeDocumentRenderer, previewDocument } from '../index.js'
import { pdfPages } from '../testing/pdf_tools.js'

const SHIPPED = fileURLToPath(new URL('../../definitions/official-documents/documents/', import.meta.url))
const ISSUER = '辽宁省住房和城乡建设厅'
const NOW = new Date('2026-11-24T02:00:00Z')
const shipped = async (name: string) => ({
  source: await readFile(`${SHIPPED}${name}.hbs`, 'utf8'),
  manifest: JSON.parse(await readFile(`${SHIPPED}${name}.template.json`, 'utf8')),
  sample: JSON.parse(await readFile(`${SHIPPED}${name}.sample.json`, 'utf8')),
})
const squash = (text: string) => text.replace(/\s+/g, '')

test.group('previewDocument', (group) => {
  group.teardown(() => closeDocumentRenderer())

  test('prints the sample with the pattern at sequence 0, the caller as issuer, stand-in photos and a 预览 mark', async ({ assert }) => {
    // given: the shipped 整改通知书 with its sample, whose four photos the editor does not have
    const template = await shipped('rectification-notice')

    // when
    const result = await previewDocument({ ...template, issuerName: ISSUER, now: NOW })

    // then
    assert.isUndefined(result.problems)
    const text = squash((await pdfPages(result.pdf!)).join(''))
    assert.include(text, '沈和质监整改〔2026〕0号')
    assert.include(text, ISSUER)
    assert.include(text, template.sample.defects[0].description.replace(/\s+/g, ''))
    assert.include(text, '预览')
  }).timeout(60_000)

  test('every problem comes back at once, at its path, before anything is printed', async ({ assert }) => {
    const template = await shipped('rectification-notice')

    const broken = await previewDocument({ source: `${template.source}\n{{#if cc}}`, manifest: { ...template.manifest, numbering: '沈和〔{year}〕号', seal: 'yes' }, sample: [], issuerName: ISSUER, now: NOW })
    assert.deepEqual(broken.problems!.map((p) => p.path), ['source', 'manifest.numbering', 'manifest.seal.anchor', 'sample'])
    assert.match(broken.problems![0].message, /^第 \d+ 行第 \d+ 列：/)

    const { deadline, ...sample } = template.sample
    const empty = await previewDocument({ ...template, sample: { ...sample, defects: [{ location: '3号楼' }] }, issuerName: ISSUER, now: NOW })
    assert.sameMembers(empty.problems!.map((p) => p.path), ['sample.defects[0].description', 'sample.defects[0].clause', 'sample.deadline'])
    assert.isDefined(deadline)
  })

  test('a field the template prints but the sample lacks, and a seal place without the signature block, are named', async ({ assert }) => {
    const manifest = { type: '约谈记录', title: '约谈记录', paper: 'A4', numbering: '谈〔{year}〕{seq}号', requiredFields: [], seal: { anchor: true } }

    const unprinted = await previewDocument({ source: '{{#> official-document}}<p>{{recipient}}</p>{{/official-document}}', manifest, sample: { recipient: '某公司' }, issuerName: ISSUER, now: NOW })
    const lacking = await previewDocument({ source: '{{#> official-document}}<p>{{talk.place}}</p>{{/official-document}}', manifest: { ...manifest, seal: { anchor: false } }, sample: { talk: {} }, issuerName: ISSUER, now: NOW })

    assert.deepEqual(unprinted.problems!.map((p) => p.path), ['manifest.seal.anchor'])
    assert.deepEqual(lacking.problems!.map((p) => p.path), ['sample.talk.place'])
  }).timeout(60_000)
})
