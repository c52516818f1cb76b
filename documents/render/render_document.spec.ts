import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { DocumentRenderer, MissingAssetsError, MissingFieldsError, loadTemplate, renderDocument, sealSvg } from '../index.js'
import type { RenderOptions } from '../index.js'
import { pdfFontTypes, pdfImages, pdfPages, samplePhoto } from '../testing/pdf_tools.js'

const SHIPPED = fileURLToPath(new URL('../../definitions/official-documents/documents/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const ISSUER = '沈阳市和平区建设工程质量监督站'
const A4 = { width: 595.92, height: 842.88 }

let renderer: DocumentRenderer
let photos: Record<string, Buffer>
const options = (documentNumber: string): RenderOptions => ({
  documentNumber,
  issuer: { name: ISSUER, sealSvg: sealSvg({ orgName: ISSUER, subtitle: '监督专用章' }) },
  verifyUrl: 'https://zhian.example.cn/v/7f3a9c2e1b4d?h=0e6040218296c890',
  assets: photos,
  renderer,
})
const sample = async (name: string) => JSON.parse(await readFile(`${SHIPPED}${name}.sample.json`, 'utf8'))
/** pdftotext breaks lines and may space out CJK; compare without whitespace */
const squash = (text: string) => text.replace(/\s+/g, '')

test.group('renderDocument: every shipped template', (group) => {
  group.setup(async () => {
    renderer = new DocumentRenderer({ poolSize: 2 })
    const photo = await samplePhoto()
    photos = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`defect-${i}.jpg`, photo]))
    return () => renderer.close()
  })

  const names = ['rectification-notice', 'partial-stop-work-notice', 'stop-work-rectification-notice', 'resume-work-notice', 'supervision-acceptance-notice', 'supervision-plan', 'administrative-penalty-decision', 'safety-supervision-suspension-notice', 'safety-supervision-resumption-notice', 'safety-supervision-termination-notice', 'expert-review-report', 'completion-acceptance-supervision-report']

  test('the definition folder ships exactly these templates, each with a sample', async ({ assert }) => {
    const files = await readdir(SHIPPED)
    const manifests = files.filter((f) => f.endsWith('.template.json')).map((f) => f.replace('.template.json', ''))
    assert.sameMembers(manifests, names)
    for (const name of names) assert.includeMembers(files, [`${name}.hbs`, `${name}.sample.json`])
  })

  for (const name of names) {
    test(`${name} prints its number, issuer, title and data in TrueType fonts, with the seal anchor taken out`, async ({ assert }) => {
      // given
      const template = await loadTemplate(SHIPPED, name)
      const data = await sample(name)

      // when
      const { pdf, sealRect, html } = await renderDocument(template, data, options(`沈和质监〔2026〕${names.indexOf(name) + 3}号`))

      // then: the text a reader sees
      const text = squash((await pdfPages(pdf)).join(''))
      for (const expected of [`沈和质监〔2026〕${names.indexOf(name) + 3}号`, ISSUER, template.manifest.title, data.project?.name ?? data.party.name, '—1—']) assert.include(text, squash(expected))
      if (data.recipient) assert.include(text, data.recipient)
      // no Type 3: every font is an embedded CID TrueType subset
      const fonts = await pdfFontTypes(pdf)
      assert.isAbove(fonts.length, 0)
      assert.deepEqual([...new Set(fonts)], ['CID TrueType'])
      // the seal box is on a page, inside A4, 42 mm wide; its link is gone
      assert.exists(sealRect)
      assert.closeTo(sealRect!.width, (42 / 25.4) * 72, 1)
      assert.isTrue(sealRect!.x > 0 && sealRect!.x + sealRect!.width < A4.width && sealRect!.y > 0 && sealRect!.y + sealRect!.height < A4.height)
      assert.isFalse(pdf.includes('sig.invalid'))
      assert.include(html, 'class="seal"')
    }).timeout(30_000)
  }
})

test.group('renderDocument: hostile data and missing data', (group) => {
  group.setup(async () => {
    renderer = new DocumentRenderer({ poolSize: 2 })
    photos = { 'defect-1.jpg': await samplePhoto() }
    return () => renderer.close()
  })

  test('HTML and {{…}} in user data print literally', async ({ assert }) => {
    const template = await loadTemplate(SHIPPED, 'rectification-notice')
    const data = await sample('rectification-notice')
    data.recipient = '<b>宏基</b>{{@documentNumber}}'
    data.defects[0].description = '</td></tr></table><h1>伪造标题</h1><script>document.write("x")</script>'
    data.photos = []

    const { pdf, html } = await renderDocument(template, data, options('沈和质监整改〔2026〕16号'))

    const text = squash((await pdfPages(pdf)).join(''))
    assert.include(text, '<b>宏基</b>{{@documentNumber}}：')
    // pdftotext reads the table row by row, so the cell's lines are checked one by one
    for (const line of ['</td></tr></table><h1>伪造标题', '<script>document.write("x")']) assert.include(text, line)
    assert.notInclude(html, '<h1>伪造标题')
  }).timeout(30_000)

  test('a file:// or foreign image named in data is not embedded', async ({ assert }) => {
    // given: a template that puts a data field straight into <img src>, and the shipped notice naming file:// as a photo
    const raw = await loadTemplate(FIXTURES, 'raw-image')
    const notice = await loadTemplate(SHIPPED, 'rectification-notice')
    const secret = fileURLToPath(new URL('./fixtures/secret.png', import.meta.url)) // 64 × 48, magenta
    const data = await sample('rectification-notice')
    data.photos = [{ file: `file://${secret}`, caption: '本地文件' }, { file: 'defect-1.jpg', caption: '正常照片' }]

    // when
    const direct = await renderDocument(raw, { recipient: '测试单位', src: `file://${secret}`, issueDate: '2026-11-24' }, options('测〔2026〕1号'))
    const foreign = await renderDocument(raw, { recipient: '测试单位', src: 'http://169.254.169.254/latest/meta-data/', issueDate: '2026-11-24' }, options('测〔2026〕2号'))

    // then: Chrome, on an https origin, never loads the file (at most its broken-image icon is drawn), and the foreign request is aborted
    for (const pdf of [direct.pdf, foreign.pdf]) {
      assert.notExists((await pdfImages(pdf)).find((image) => image.width >= 64 || image.height >= 48))
    }
    assert.include(foreign.blocked, 'http://169.254.169.254/latest/meta-data/')
    // through the assetUrl helper a file:// name is just an asset nobody supplied: refused before printing
    try {
      await renderDocument(notice, data, options('沈和质监整改〔2026〕17号'))
      assert.fail('rendered a photo that was never supplied')
    } catch (error) {
      assert.instanceOf(error, MissingAssetsError)
      assert.deepEqual((error as MissingAssetsError).names, [`file://${secret}`])
    }
  }).timeout(30_000)

  test('missing data → MissingFieldsError listing the fields, before any rendering', async ({ assert }) => {
    const template = await loadTemplate(SHIPPED, 'administrative-penalty-decision')
    const data = await sample('administrative-penalty-decision')
    delete data.party.creditCode
    delete data.remedies
    data.evidence = []
    try {
      await renderDocument(template, data, options('沈和住建罚决字〔2026〕第9号'))
      assert.fail('rendered without its required data')
    } catch (error) {
      assert.instanceOf(error, MissingFieldsError)
      assert.deepEqual((error as MissingFieldsError).fields, ['party.creditCode', 'evidence', 'remedies.reviewBody', 'remedies.court'])
    }
  })

  test('a long defect list runs over pages with the table header and page numbers on each', async ({ assert }) => {
    const template = await loadTemplate(SHIPPED, 'rectification-notice')
    const data = await sample('rectification-notice')
    data.defects = Array.from({ length: 30 }, (_, i) => ({ location: `${i + 1}号楼第${(i % 26) + 1}层`, description: `第${i + 1}项问题：临边防护栏杆高度不足1.2米，未设置挡脚板。`, clause: 'JGJ 80-2016 第4.1.1条' }))
    data.photos = []

    const { pdf, sealRect } = await renderDocument(template, data, options('沈和质监整改〔2026〕18号'))

    const pages = (await pdfPages(pdf)).map(squash)
    assert.isAtLeast(pages.length, 4)
    pages.forEach((page, i) => assert.include(page, `—${i + 1}—`, `page ${i + 1} number`))
    // every page holding defect rows starts them under a repeated header
    const withRows = pages.filter((page) => /第\d+项问题/.test(page))
    assert.isAtLeast(withRows.length, 3)
    for (const page of withRows) assert.include(page, '序号部位存在问题违反条款')
    // the running 文号 sits on every page but the first
    pages.slice(1).forEach((page) => assert.include(page, '沈和质监整改〔2026〕18号'))
    assert.isAtLeast(sealRect!.page, 2)
  }).timeout(30_000)
})
