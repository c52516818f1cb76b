import { acceptsMime, type UploadRules } from './upload_rules.js'

/** What the client said about a file, and what its first bytes are. */
export interface ContentFacts {
  readonly name: string
  /** the MIME type the client declared (tus metadata `filetype`), if any */
  readonly declaredType?: string | null
  /** the type found from magic bytes; undefined when the bytes match no known format */
  readonly sniffed?: { readonly mime: string; readonly ext: string } | undefined
}

/** File extensions that are different spellings of the sniffed one. */
const SAME_EXTENSION: Record<string, readonly string[]> = { jpg: ['jpg', 'jpeg', 'jpe'], tif: ['tif', 'tiff'] }

/**
 * Refuses content that is not what it claims or not what the field takes,
 * judged by its magic bytes: a PNG named `.pdf` is refused even where images
 * are allowed, because whoever reads "报告.pdf" expects a PDF. Returns the
 * Chinese reason, or null when the file may be kept.
 */
export function contentRefusal(rules: UploadRules, facts: ContentFacts): string | null {
  const { sniffed } = facts
  if (!sniffed) return `无法识别文件“${facts.name}”的内容格式，仅接受 ${describe(rules.accept)}`
  if (!acceptsMime(rules.accept, sniffed.mime)) return `文件“${facts.name}”的实际内容为 ${sniffed.mime}，本栏仅接受 ${describe(rules.accept)}`

  const extension = facts.name.includes('.') ? facts.name.split('.').pop()!.toLowerCase() : ''
  const spellings = SAME_EXTENSION[sniffed.ext] ?? [sniffed.ext]
  if (extension && !spellings.includes(extension)) return `文件“${facts.name}”的扩展名与实际内容（${sniffed.mime}）不符`
  const declared = facts.declaredType?.toLowerCase()
  if (declared && declared !== 'application/octet-stream' && declared !== sniffed.mime) {
    return `文件“${facts.name}”声明的类型 ${declared} 与实际内容（${sniffed.mime}）不符`
  }
  return null
}

/** "PDF 或图片" style wording for the accepted types. */
export function describe(accept: readonly string[]): string {
  const names = accept.map((type) => NAMES[type] ?? type)
  return [...new Set(names)].join('、')
}

const NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/*': '图片',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
}
