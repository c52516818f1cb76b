/** Why a document could not be issued; `code` is stable, the message Chinese. */
export class DocumentIssueError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** the input field at fault, for a 422 with a field path */
    readonly field?: string
  ) {
    super(message)
    this.name = 'DocumentIssueError'
  }
}

/** The template's required fields that the data lacks (BPMN error DOCUMENT_DATA_MISSING in a process). */
export class DocumentDataMissingError extends DocumentIssueError {
  static readonly CODE = 'DOCUMENT_DATA_MISSING'
  constructor(readonly missing: readonly string[]) {
    super(DocumentDataMissingError.CODE, `文书数据缺少必填项：${missing.join('、')}`, `data.${missing[0]}`)
  }
}
