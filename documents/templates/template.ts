import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TemplateDelegate } from 'handlebars'
import { MissingFieldsError, TemplateError, TemplateSyntaxError } from '../errors.js'
import { documentEnvironment } from './handlebars_env.js'
import { parseManifest } from './manifest.js'
import { missingFields } from './required_fields.js'
import { sourceProblems } from './source_check.js'

/** `<name>.template.json`: what a document is and what it needs. */
export interface TemplateManifest {
  /** the document type, e.g. 整改通知书 */
  readonly type: string
  /** the title printed under the masthead */
  readonly title: string
  readonly paper: 'A4'
  /** 文号 pattern for the numbering service, e.g. 辽建质监〔{year}〕{seq}号 */
  readonly numbering: string
  /** dotted data paths that must be present and non-empty; `defects[].description` walks arrays */
  readonly requiredFields: readonly string[]
  /** anchor: the template marks where the seal and signature widget go */
  readonly seal: { readonly anchor: boolean }
}

/** What the template sees as @data besides the user's data; the user's data can never shadow it. */
export interface TemplateSystemData {
  readonly documentNumber: string
  readonly issuer: { readonly name: string }
  readonly sealSvg: string
  readonly verifyUrl: string
  readonly qrSvg: string
  readonly template: { readonly type: string; readonly title: string }
}

/** A loaded, compiled template. */
export interface DocumentTemplate {
  readonly name: string
  readonly manifest: TemplateManifest
  /** the .hbs source, as loaded (kept for hashing and deployment records) */
  readonly source: string
  /** checks required fields, then fills the template; throws MissingFieldsError */
  html(data: Readonly<Record<string, unknown>>, system: TemplateSystemData): string
}

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Reads `<name>.hbs` and `<name>.template.json` from a folder and compiles them in strict mode. */
export async function loadTemplate(dir: string, name: string): Promise<DocumentTemplate> {
  if (!NAME.test(name)) throw new TemplateError(`文书模板名不合法：${name}`)
  const [source, manifestText] = await Promise.all([readFile(join(dir, `${name}.hbs`), 'utf8'), readFile(join(dir, `${name}.template.json`), 'utf8')])
  return compileTemplate(name, source, parseManifest(name, manifestText))
}

/** Compiles a template from its source and manifest (for templates kept in a database rather than a folder). */
export function compileTemplate(name: string, source: string, manifest: TemplateManifest): DocumentTemplate {
  // syntax errors and unknown partials or helpers surface at load, not at the first render that reaches them
  const [problem] = sourceProblems(source)
  if (problem) throw new TemplateSyntaxError(name, problem)
  const env = documentEnvironment()
  // strict: a field the template names but the data lacks throws instead of printing blank
  const delegate: TemplateDelegate = env.compile(source, { strict: true })
  const html = (data: Readonly<Record<string, unknown>>, system: TemplateSystemData): string => {
    const missing = missingFields(data, manifest.requiredFields)
    if (missing.length > 0) throw new MissingFieldsError(name, missing)
    try {
      return delegate(data, { data: system })
    } catch (error) {
      const field = error instanceof Error ? strictMissingField(source, error.message) : undefined
      if (field) throw new MissingFieldsError(name, [field])
      throw new TemplateError(`文书模板 ${name} 填充失败：${String(error)}`)
    }
  }
  return { name, manifest, source, html }
}

/**
 * The field a strict-mode error is about. Handlebars names only the last
 * segment (`"name" not defined`) but gives the mustache's line and column, so
 * the full path (`project.name`) is read from the source when it is there;
 * an error inside a house partial keeps the bare segment.
 */
function strictMissingField(source: string, message: string): string | undefined {
  const match = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message)
  if (!match) return undefined
  const [, segment, line, column] = match
  const text = source.split('\n')[Number(line) - 1]?.slice(Number(column)) ?? ''
  const path = /^(?:\{\{[~#^&{]?\s*)?([\w.@-]+)/.exec(text)?.[1]
  return path && (path === segment || path.endsWith(`.${segment}`)) ? path : segment
}
