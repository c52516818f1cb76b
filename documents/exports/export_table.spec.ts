import { test } from '@japa/runner'
import { inflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { exportTable } from './export_table.js'

const TABLE = {
  title: '整改通知书台账',
  columns: [
    { key: 'number', header: '文号' },
    { key: 'project', header: '工程名称', width: 30 },
    { key: 'issues', header: '问题数' },
  ],
  rows: [
    { number: '辽建质监〔2026〕001号', project: '长白岛滨河住宅小区一期工程', issues: 3 },
    { number: '辽建质监〔2026〕002号', project: '浑南新城商业综合体 & <B区>', issues: 1 },
  ],
}

/** One file's text from a zip (the central directory gives its sizes; Word files are deflated). */
function unzipEntry(zip: Buffer, name: string): string {
  let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const entries = zip.readUInt16LE(at + 10)
  at = zip.readUInt32LE(at + 16)
  for (let i = 0; i < entries; i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString()
    if (entryName === name) {
      const local = zip.readUInt32LE(at + 42)
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const raw = zip.subarray(data, data + zip.readUInt32LE(at + 20))
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : raw).toString('utf8')
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  throw new Error(`${name} not in the zip`)
}

test.group('exports to Word and Excel', () => {
  test('xlsx: exceljs reads back the title, the Chinese headers and every row', async ({ assert }) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await exportTable(TABLE, 'xlsx')) as unknown as ArrayBuffer)

    const sheet = workbook.getWorksheet('整改通知书台账')!
    assert.equal(sheet.getCell('A1').value, '整改通知书台账')
    assert.deepEqual(sheet.getRow(2).values, [undefined, '文号', '工程名称', '问题数'])
    assert.deepEqual(sheet.getRow(3).values, [undefined, '辽建质监〔2026〕001号', '长白岛滨河住宅小区一期工程', 3])
    assert.equal(sheet.getCell('B4').value, '浑南新城商业综合体 & <B区>')
  })

  test('docx: document.xml holds the title, a header row and the rows, zh-CN', async ({ assert }) => {
    const xml = unzipEntry(await exportTable(TABLE, 'docx'), 'word/document.xml')

    for (const text of ['整改通知书台账', '文号', '工程名称', '问题数', '辽建质监〔2026〕002号', '浑南新城商业综合体 &amp; &lt;B区&gt;']) assert.include(xml, text)
    assert.include(xml, '<w:tblHeader/>')
    assert.isBelow(xml.indexOf('工程名称'), xml.indexOf('长白岛滨河住宅小区一期工程'))
  })
})
