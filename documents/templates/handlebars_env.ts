import Handlebars from 'handlebars'
import { readdirSync, readFileSync } from 'node:fs'
import { documentHelpers } from './helpers.js'

const PARTIALS_DIR = new URL('./partials/', import.meta.url)

/**
 * The house partials every template may use (`{{#> official-document}}`,
 * `{{> defect-table}}` …). They live with the code, not in definition
 * folders, so a deployed template is just its .hbs and manifest and the
 * GB/T 9704 frame is the same for every document.
 */
const housePartials: ReadonlyMap<string, string> = new Map(
  readdirSync(PARTIALS_DIR)
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => [name.slice(0, -'.hbs'.length), readFileSync(new URL(name, PARTIALS_DIR), 'utf8')])
)

/** The names of the house partials, for editors and checks. */
export function housePartialNames(): string[] {
  return [...housePartials.keys()].sort()
}

/**
 * A fresh, isolated Handlebars environment: only documents/ helpers and
 * partials, so one template can never register helpers for another and
 * nothing a definition folder ships runs as code.
 */
export function documentEnvironment(): typeof Handlebars {
  const env = Handlebars.create()
  for (const [name, helper] of Object.entries(documentHelpers)) env.registerHelper(name, helper)
  for (const [name, source] of housePartials) env.registerPartial(name, env.compile(source, { strict: true }))
  return env
}
