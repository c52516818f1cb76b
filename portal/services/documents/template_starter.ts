import { DateTime } from 'luxon'
import clock from '#services/clock'
import type { SchemaNode } from '#services/forms/schema_walk'
import { PROCESS_VARIABLES } from './template_fields.js'

/** A template's three files as the editor starts a new one. */
export interface StarterTemplate {
  readonly source: string
  readonly manifest: Record<string, unknown>
  readonly sample: Record<string, unknown>
}

/** The house frame, the addressee, a paragraph to replace, and the 落款 that carries the seal anchor. */
const SOURCE = `{{#> official-document}}
<p class="recipient">{{applicantOrgName}}：</p>
<p>（在此编写正文。点击右侧的字段，把它插入到光标处。）</p>
<p>特此通知。</p>
{{> signature-block}}
{{/official-document}}
`

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value of the field's shape, so every field a new template prints has something to show. */
function placeholder(node: SchemaNode, fallbackTitle: string, today: string): unknown {
  const title = typeof node.title === 'string' && node.title ? node.title : fallbackTitle
  if (node['x-component'] === 'DatePicker') return today
  if (node.type === 'number') return 1
  if (node.type === 'boolean') return true
  if (node.type === 'object') return placeholders(node, today)
  if (node.type === 'array') return node.items?.type === 'object' ? [placeholders(node.items, today)] : [`（${title}）`]
  return `（${title}）`
}

/** `column` is the title of the ArrayTable column a table's field sits in: formily keeps it there, not on the field. */
function placeholders(node: SchemaNode, today: string, column?: string): Record<string, unknown> {
  const value: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') Object.assign(value, placeholders(child, today, child['x-component'] === 'ArrayTable.Column' ? child.title : column))
    else value[key] = placeholder(child, column ?? key, today)
  }
  return value
}

/** `base` with `over` laid on top, objects merged key by key. */
function overlay(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base }
  for (const [key, value] of Object.entries(over)) merged[key] = isRecord(value) && isRecord(merged[key]) ? overlay(merged[key] as Record<string, unknown>, value) : value
  return merged
}

/**
 * A new template of a draft: the house skeleton, a manifest that numbers
 * and seals, and sample data made from the draft's forms: their sample
 * files where there are some, a value of each field's shape elsewhere, and
 * the variables every case carries.
 */
export function starterTemplate(files: readonly { path: string; content: string }[]): StarterTemplate {
  const today = DateTime.fromJSDate(clock.now()).setZone('Asia/Shanghai').toISODate()!
  const parse = (content: string): Record<string, unknown> => {
    try {
      const value = JSON.parse(content)
      return isRecord(value) ? value : {}
    } catch {
      return {}
    }
  }
  let sample: Record<string, unknown> = Object.fromEntries(PROCESS_VARIABLES.map((v) => [v.path, v.example]))
  for (const file of files.filter((f) => /^forms\/[a-z0-9-]+\.form\.json$/.test(f.path))) sample = overlay(sample, placeholders(parse(file.content) as SchemaNode, today))
  for (const file of files.filter((f) => /^forms\/[a-z0-9-]+\.sample\.json$/.test(f.path))) sample = overlay(sample, parse(file.content))
  const manifest = { type: '新文书', title: '新文书', paper: 'A4', numbering: '文〔{year}〕{seq}号', requiredFields: ['applicantOrgName', 'issueDate'], seal: { anchor: true } }
  return { source: SOURCE, manifest, sample: { ...sample, issueDate: today } }
}
