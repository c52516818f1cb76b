/**
 * A PDF text string for @signpdf's placeholders, which write `PDFString.of`
 * verbatim: Chinese would be cut to 8 bits and break the file. So: UTF-16BE
 * with a byte-order mark, one char per byte, and `( ) \ CR LF` escaped.
 */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value.replace(/[()\\]/g, (c) => `\\${c}`)
  let bytes = '\xfe\xff'
  for (const unit of Buffer.from(value, 'utf16le').swap16()) bytes += String.fromCharCode(unit)
  return bytes.replace(/[()\\\r\n]/g, (c) => (c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\${c}`))
}
