/**
 * The seal alone on a page of its own size (42 mm), printed to a one-page
 * PDF so pdf-lib's embedPdf keeps it vector, glyphs included, in the
 * signature widget.
 */
export function sealPage(svg: string): string {
  return `<!doctype html><html lang="zh-CN"><head><style>@page{size:42mm 42mm;margin:0}html,body{margin:0}svg{display:block;width:42mm;height:42mm}</style></head><body>${svg}</body></html>`
}
