import type { SchemaNode } from '#services/forms/schema_walk'

/** Something a template may print, as the editor lists it: clicking it inserts `insert` at the cursor. */
export interface TemplateField {
  /** the data path shown (`items[].content` for a table column) */
  readonly path: string
  readonly title: string
  readonly insert: string
}

/** The printable fields of one of a draft's forms. */
export interface FormFields {
  readonly form: string
  readonly title: string
  readonly fields: readonly TemplateField[]
}

/** Attachments, signatures and map points print nothing a template can place as text. */
const UNPRINTABLE = new Set(['Upload', 'SignaturePad', 'LocationPicker'])
const DATES = new Set(['DatePicker'])

const titleOf = (node: SchemaNode, fallback: string) => (typeof node.title === 'string' && node.title) || fallback
const columnTitle = (node: SchemaNode) => node.title ?? (node['x-component-props'] as { title?: string } | undefined)?.title

/** `{{date x}}` for dates, `{{join x}}` for lists of strings, else `{{x}}`. */
function mustache(node: SchemaNode, path: string): string {
  if (DATES.has(String(node['x-component']))) return `{{date ${path}}}`
  if (node.type === 'array') return `{{join ${path}}}`
  return `{{${path}}}`
}

/**
 * The data paths of a form schema with their titles, as templates name
 * them: groups dotted (`manager.name`), a table as a whole (inserting a
 * printed table with a row per entry) and its columns as `rows[].col`
 * (inserting the bare column, for use inside the table's `{{#each}}`).
 * Layout nodes add nothing to a path, as in formily.
 */
export function schemaTemplateFields(schema: SchemaNode): TemplateField[] {
  const fields: TemplateField[] = []
  const visit = (node: SchemaNode, base: string[], row: { title?: string } = {}) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (UNPRINTABLE.has(String(child['x-component']))) continue
      if (child.type === 'void') {
        visit(child, base, child['x-component'] === 'ArrayTable.Column' ? { title: columnTitle(child) } : row)
        continue
      }
      const path = [...base, key].join('.')
      if (child.type === 'object') visit(child, [...base, key])
      else if (child.type === 'array' && child.items?.type === 'object') {
        const columns = schemaTemplateFields(child.items)
        fields.push({ path, title: titleOf(child, key), insert: tableMarkup(path, columns) })
        fields.push(...columns.map((c) => ({ path: `${path}[].${c.path}`, title: `${titleOf(child, key)} · ${c.title}`, insert: c.insert })))
      } else fields.push({ path, title: titleOf(child, row.title ?? key), insert: mustache(child, path) })
    }
  }
  visit(schema, [])
  return fields
}

/** A printed table of a list field: a header of its column titles and a row per entry. */
function tableMarkup(path: string, columns: TemplateField[]): string {
  const head = columns.map((c) => `<th>${c.title}</th>`).join('')
  const cells = columns.map((c) => `<td>${c.insert}</td>`).join('')
  return `<table>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n    {{#each ${path}}}\n    <tr>${cells}</tr>\n    {{/each}}\n  </tbody>\n</table>`
}

/** Every `forms/<x>.form.json` of a draft with its printable fields; a file that is no JSON lists none. */
export function draftFormFields(files: readonly { path: string; content: string }[]): FormFields[] {
  return files
    .filter((file) => /^forms\/[a-z0-9-]+\.form\.json$/.test(file.path))
    .flatMap((file) => {
      const form = file.path.slice('forms/'.length, -'.form.json'.length)
      try {
        const schema = JSON.parse(file.content) as SchemaNode
        return [{ form, title: titleOf(schema, form), fields: schemaTemplateFields(schema) }]
      } catch {
        return []
      }
    })
}

/** What the portal sets on every case it starts (start_case.ts) and the worker fills in, with values for samples. */
export const PROCESS_VARIABLES: readonly (TemplateField & { readonly example: unknown })[] = [
  { path: 'applicantOrgName', title: '申请单位', insert: '{{applicantOrgName}}', example: '辽宁宏基建设集团有限公司' },
  { path: 'applicantName', title: '申请人姓名', insert: '{{applicantName}}', example: '张伟' },
  { path: 'applicant', title: '申请人账号', insert: '{{applicant}}', example: 'hongji.user' },
  { path: 'caseNo', title: '办件编号', insert: '{{caseNo}}', example: 'BJ20261124000001' },
  { path: 'appliedOn', title: '申请日期', insert: '{{date appliedOn}}', example: '2026-11-24' },
  { path: 'issueDate', title: '成文日期（流程未设置时为出具当天）', insert: '{{date issueDate}}', example: '2026-11-24' },
]

/** What the issuing side decides: Handlebars @data, which case data can never shadow. */
export const SYSTEM_VALUES: readonly TemplateField[] = [
  { path: '@documentNumber', title: '文号', insert: '{{@documentNumber}}' },
  { path: '@issuer.name', title: '发文机关', insert: '{{@issuer.name}}' },
  { path: '@template.title', title: '标题', insert: '{{@template.title}}' },
  { path: '@template.type', title: '文书类型', insert: '{{@template.type}}' },
  { path: '@verifyUrl', title: '核验地址', insert: '{{@verifyUrl}}' },
]

/** The house partials (documents/templates/partials) and what each prints from the data. */
const PARTIALS: Readonly<Record<string, Omit<TemplateField, 'path'>>> = {
  'official-document': { title: '文书框架：红头（发文机关）、文号、标题，正文写在其中', insert: '{{#> official-document}}\n\n{{/official-document}}' },
  'signature-block': { title: '落款：发文机关、成文日期（issueDate）、印章位置和核验二维码', insert: '{{> signature-block}}' },
  'copy-record': { title: '抄送（cc 列表）和联系人（contact.name、contact.phone）', insert: '{{> copy-record}}' },
  'receipt': { title: '签收栏（recipient）', insert: '{{> receipt}}' },
  'defect-table': { title: '问题表（defects[].location、description、clause）', insert: '{{> defect-table}}' },
  'photo-grid': { title: '照片（photos[].file、caption）', insert: '{{> photo-grid}}' },
  'project-table': { title: '工程信息表（project.name、filingNumber、address，可选 parties.*）', insert: '{{> project-table}}' },
  'inspection-sentence': { title: '检查情况句（inspection.at、inspection.inspectors[]、project.*）', insert: '{{> inspection-sentence}}' },
  'numbered-paragraphs': { title: '编号段落（一、二、……）：items 为文字列表', insert: '{{> numbered-paragraphs items=列表字段}}' },
}

/** The house partials a template may use, in the order documents/ ships them. */
export function housePartials(names: readonly string[]): TemplateField[] {
  return names.map((name) => ({ path: name, ...(PARTIALS[name] ?? { title: name, insert: `{{> ${name}}}` }) }))
}
