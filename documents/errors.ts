/** Base of every error the documents room throws; `code` is stable for the portal's message table. */
export class DocumentError extends Error {
  code = 'E_DOCUMENT'
}

/** The data lacks fields the template's manifest (or the template itself) needs. */
export class MissingFieldsError extends DocumentError {
  override code = 'E_MISSING_FIELDS'
  readonly fields: readonly string[]

  constructor(template: string, fields: readonly string[]) {
    super(`文书模板 ${template} 缺少数据：${fields.join('、')}`)
    this.fields = fields
  }
}

/** A template folder holds a broken manifest or a template that does not compile. */
export class TemplateError extends DocumentError {
  override code = 'E_TEMPLATE'
}

/** A template's source does not parse, or names a partial or helper documents/ does not have; line and column are 1-based. */
export class TemplateSyntaxError extends TemplateError {
  override code = 'E_TEMPLATE_SYNTAX'
  readonly line: number
  readonly column: number
  /** what is wrong, without the template's name: for an editor showing it beside the source */
  readonly detail: string

  constructor(template: string, where: { line: number; column: number; detail: string }) {
    super(`文书模板 ${template} 第 ${where.line} 行第 ${where.column} 列：${where.detail}`)
    this.line = where.line
    this.column = where.column
    this.detail = where.detail
  }
}

/** Chromium failed to turn the HTML into a PDF. */
export class RenderError extends DocumentError {
  override code = 'E_RENDER'
}

/** The template points at photos or other assets the caller did not supply (or at a name that is no asset, like file://…). */
export class MissingAssetsError extends DocumentError {
  override code = 'E_MISSING_ASSETS'
  readonly names: readonly string[]

  constructor(template: string, names: readonly string[]) {
    super(`文书模板 ${template} 引用的附件没有提供：${names.join('、')}`)
    this.names = names
  }
}

/** The manifest promises a seal place, but the printed document has no seal anchor (no `{{> signature-block}}`). */
export class MissingSealAnchorError extends RenderError {
  override code = 'E_MISSING_SEAL_ANCHOR'
}
