import { TemplateError } from '../errors.js'
import type { TemplateManifest } from './template.js'

/** One thing wrong with a manifest: the field (`numbering`, `seal.anchor` …) and what is wrong, in Chinese. */
export interface ManifestProblem {
  readonly field: string
  readonly message: string
}

/** A required path: dotted identifiers, `[]` after a segment walks a list (`defects[].clause`). */
const FIELD_PATH = /^[A-Za-z_$][\w$]*(\[\])?(\.[A-Za-z_$][\w$]*(\[\])?)*$/
const PLACEHOLDER = /\{([^{}]*)\}/g
/** What issuance fills in a 文号: the year and the counter, optionally zero-padded. */
const KNOWN_PLACEHOLDER = /^(year|seq(:\d)?)$/

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * Everything wrong with a `<name>.template.json` value, each at its field,
 * so an editor can show every mistake at once. The 文号 pattern may use only
 * what issuance fills in, so a pattern that passes here always numbers.
 */
export function manifestProblems(value: unknown): ManifestProblem[] {
  if (!isRecord(value)) return [{ field: '', message: '应为 JSON 对象' }]
  const problems: ManifestProblem[] = []
  if (!filled(value.type)) problems.push({ field: 'type', message: '请填写文书类型' })
  if (!filled(value.title)) problems.push({ field: 'title', message: '请填写标题' })
  problems.push(...numberingProblems(value.numbering))
  if (value.paper !== 'A4') problems.push({ field: 'paper', message: '纸张只支持 A4' })
  const required = value.requiredFields
  if (!Array.isArray(required) || required.some((f) => typeof f !== 'string')) problems.push({ field: 'requiredFields', message: '必填字段应为字段路径的列表' })
  else {
    const bad = required.filter((f: string) => !FIELD_PATH.test(f))
    if (bad.length > 0) problems.push({ field: 'requiredFields', message: `字段路径写法不对：${bad.join('、')}（如 project.name、defects[].clause）` })
  }
  if (!isRecord(value.seal) || typeof value.seal.anchor !== 'boolean') problems.push({ field: 'seal.anchor', message: '请说明是否有印章位置（true 或 false）' })
  return problems
}

function numberingProblems(numbering: unknown): ManifestProblem[] {
  if (!filled(numbering)) return [{ field: 'numbering', message: '请填写文号格式，如 沈和质监谈〔{year}〕{seq}号' }]
  const pattern = numbering as string
  const unknown = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !KNOWN_PLACEHOLDER.test(name))
  if (unknown.length > 0) return [{ field: 'numbering', message: `文号格式中的 ${unknown.map((n) => `{${n}}`).join('、')} 无法填写（可用 {year}、{seq}、{seq:4}）` }]
  if (!/\{seq(:\d)?\}/.test(pattern)) return [{ field: 'numbering', message: '文号格式必须含序号 {seq}（或补零的 {seq:4}）' }]
  return []
}

/** Parses and checks a manifest's text; a TemplateError lists every problem. */
export function parseManifest(name: string, text: string): TemplateManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new TemplateError(`${name}.template.json 不是合法的 JSON：${String(error)}`)
  }
  const problems = manifestProblems(value)
  if (problems.length > 0) throw new TemplateError(`${name}.template.json：${problems.map((p) => (p.field ? `${p.field} ${p.message}` : p.message)).join('；')}`)
  return value as TemplateManifest
}
