/** Something a template may print; clicking it inserts `insert` at the cursor. */
export interface TemplateField {
  path: string
  title: string
  insert: string
}

/** The printable fields of one of the draft's forms. */
export interface FormFields {
  form: string
  title: string
  fields: TemplateField[]
}

/** One problem of the preview, at `source`, `manifest.<field>` or `sample.<path>`. */
export interface PreviewError {
  path: string
  message: string
}

/** `<name>.template.json` as the editor holds it; unknown keys are kept. */
export type Manifest = Record<string, unknown> & {
  type?: string
  title?: string
  numbering?: string
  requiredFields?: string[]
  seal?: { anchor?: boolean }
}
