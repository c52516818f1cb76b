import app from '@adonisjs/core/services/app'
import { housePartialNames } from '#documents'
import type { DefinitionDraft } from '#services/definitions/definition_drafts'
import { SHARED_TEMPLATES, templateLibraryIn } from '#services/definitions/definition_folder'
import { PROCESS_VARIABLES, SYSTEM_VALUES, draftFormFields, housePartials } from './template_fields.js'
import { starterTemplate } from './template_starter.js'

/**
 * The template's files as the draft holds them; a template the draft does not
 * hold yet starts as the shared library's copy (a city adapting the 整改通知书)
 * when there is one, else from the starter.
 */
async function templateFiles(draft: DefinitionDraft, template: string): Promise<(suffix: string) => string | undefined> {
  const own = (suffix: string) => draft.files.find((f) => f.path === `documents/${template}${suffix}`)?.content
  if (own('.hbs') !== undefined) return own
  const library = templateLibraryIn(app.makePath(SHARED_TEMPLATES))
  const shared = new Map(await Promise.all(['.hbs', '.template.json', '.sample.json'].map(async (suffix) => [suffix, (await library(`${template}${suffix}`))?.toString('utf8')] as const)))
  return (suffix) => shared.get(suffix)
}

/**
 * What the template editor shows for `documents/<template>.*` of a draft:
 * the three files (a starter when the template is new), and everything a
 * template may print: the draft's form fields, the variables every case
 * carries, the issuing side's values and the house partials.
 */
export async function templateEditorView(draft: DefinitionDraft, template: string) {
  const file = await templateFiles(draft, template)
  const source = file('.hbs')
  const starter = source === undefined ? starterTemplate(draft.files) : undefined
  let manifest: unknown = starter?.manifest
  try {
    manifest ??= JSON.parse(file('.template.json') ?? '{}')
  } catch {
    manifest = {}
  }
  return {
    draft: { name: draft.name, title: draft.title },
    template,
    isNew: !draft.files.some((f) => f.path === `documents/${template}.hbs`),
    source: source ?? starter!.source,
    manifest,
    sample: file('.sample.json') ?? `${JSON.stringify(starter?.sample ?? {}, null, 2)}\n`,
    forms: draftFormFields(draft.files),
    variables: PROCESS_VARIABLES.map(({ path, title, insert }) => ({ path, title, insert })),
    system: SYSTEM_VALUES,
    partials: housePartials(housePartialNames()),
  }
}
