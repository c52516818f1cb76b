import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { issueAs } from '#tests/helpers/issued'
import env from '#start/env'

/** The export's bytes over plain HTTP (the API client parses bodies as text or JSON). */
async function download(format: string, token: string) {
  const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/api/documents/export?format=${format}`, { headers: { Authorization: `Bearer ${token}` } })
  return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', body: Buffer.from(await response.arrayBuffer()) }
}

/** The rows of the exported ledger below its title and header rows. */
async function ledger(body: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(body as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  const rows: unknown[][] = []
  sheet.eachRow((row, n) => n > 2 && rows.push((row.values as unknown[]).slice(1)))
  return { sheet, rows }
}

test.group('电子文书台账 export (GET /api/documents/export)', (group) => {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('xlsx: Chinese headers, and only what the caller\'s jurisdiction issued', async ({ client, assert }) => {
    // given: one notice by a 和平区 body, one by a 大连市 body
    const heping = await issueAs('沈阳市和平区建设工程质量监督站')
    const dalian = await issueAs('大连市建设工程质量监督站')
    const token = await tokenFor(client, 'hp.supervisor')

    // when
    const response = await download('xlsx', token)

    // then
    assert.equal(response.status, 200)
    assert.include(response.type, 'spreadsheetml')
    assert.include(response.disposition, encodeURIComponent('电子文书台账.xlsx'))
    const { sheet, rows } = await ledger(response.body)
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['文号', '文书名称', '发文单位', '工程名称', '签发日期', '状态'])
    assert.deepEqual(rows.map((row) => row[0]), [heping.document.documentNumber])
    assert.deepEqual(rows[0].slice(1, 3), ['整改通知书', '沈阳市和平区建设工程质量监督站'])
    // the same pattern gives 大连 the same 文号: tell them apart by issuer
    assert.equal(dalian.document.organizationName, '大连市建设工程质量监督站')
    assert.notInclude(rows.flat(), '大连市建设工程质量监督站')
  })

  test('docx: document.xml carries the title, headers and rows', async ({ client, assert }) => {
    const { document } = await issueAs('辽宁省建设工程质量监督站')
    const token = await tokenFor(client, 'ln.supervisor')

    const response = await download('docx', token)

    assert.equal(response.status, 200)
    const xml = await documentXml(response.body)
    for (const text of ['电子文书台账', '文号', '发文单位', document.documentNumber, '辽宁省建设工程质量监督站']) assert.include(xml, text)
  })

  test('a wrong format is a 422 naming the field; a user without document:read is refused', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const wrong = await client.get('/api/documents/export?format=pdf').bearerToken(token)
    wrong.assertStatus(422)
    assert.equal(wrong.body().errors[0].field, 'format')

    const auditor = await client.get('/api/documents/export?format=xlsx').bearerToken(await tokenFor(client, 'auditor'))
    auditor.assertStatus(403)
  })
})

/** word/document.xml, found through the zip's central directory. */
async function documentXml(zip: Buffer): Promise<string> {
  const { inflateRawSync } = await import('node:zlib')
  let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const entries = zip.readUInt16LE(at + 10)
  at = zip.readUInt32LE(at + 16)
  for (let i = 0; i < entries; i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() === 'word/document.xml') {
      const local = zip.readUInt32LE(at + 42)
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const raw = zip.subarray(start, start + zip.readUInt32LE(at + 20))
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : raw).toString('utf8')
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  throw new Error('word/document.xml not found')
}
