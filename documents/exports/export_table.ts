import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import ExcelJS from 'exceljs'

/** One column: the row key it shows and its Chinese header. */
export interface ExportColumn {
  readonly key: string
  readonly header: string
  /** relative width (characters in Excel) */
  readonly width?: number
}

export interface ExportTable {
  readonly title: string
  readonly columns: readonly ExportColumn[]
  readonly rows: readonly Readonly<Record<string, unknown>>[]
}

export type ExportFormat = 'docx' | 'xlsx'

/** Han text takes the eastAsia font; Word on a government PC has 仿宋, and the reader substitutes otherwise. */
const CJK_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' }

function text(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}

function cell(value: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold, font: CJK_FONT, size: 21 })] })] })
}

async function toDocx(table: ExportTable): Promise<Buffer> {
  const totalWidth = table.columns.reduce((sum, column) => sum + (column.width ?? 12), 0)
  const doc = new Document({
    styles: { default: { document: { run: { font: CJK_FONT, size: 24, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: table.title, bold: true, size: 36, font: CJK_FONT })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: table.columns.map((column) => Math.round(((column.width ?? 12) / totalWidth) * 9000)),
            rows: [
              new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column.header, true)) }),
              ...table.rows.map((row) => new TableRow({ cantSplit: true, children: table.columns.map((column) => cell(text(row[column.key]))) })),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '质安智监'
  // a sheet name may hold 31 characters and none of : \ / ? * [ ]
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1')
  sheet.columns = table.columns.map((column) => ({ key: column.key, width: column.width ?? 16 }))
  sheet.addRow([table.title]).font = { bold: true, size: 14 }
  sheet.mergeCells(1, 1, 1, Math.max(1, table.columns.length))
  sheet.addRow(table.columns.map((column) => column.header)).font = { bold: true }
  for (const row of table.rows) {
    // numbers and dates stay typed, so Excel can sum and sort them
    sheet.addRow(table.columns.map((column) => (typeof row[column.key] === 'number' || row[column.key] instanceof Date ? row[column.key] : text(row[column.key]))))
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A query result or ledger as a Word or Excel file, with its Chinese title and headers. */
export async function exportTable(table: ExportTable, format: ExportFormat): Promise<Buffer> {
  return format === 'docx' ? toDocx(table) : toXlsx(table)
}
