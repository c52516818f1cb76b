import { housePartialNames } from '#documents'
import type { DefinitionDraft } from '#services/definitions/definition_drafts'
import { PROCESS_VARIABLES, SYSTEM_VALUES, draftFormFields, housePartials } from './template_fields.js'
import { starterTemplate } from './template_starter.js'

/**
 * What the template editor shows for `documents/<template>.*` of a draft:
 * the three files (a starter when the template is new), and everything a
 * template may print: the draft's form fields, the variables every case
 * carries, the issuing side's values and the house partials.
 */
export function templateEditorView(draft: DefinitionDraft, template: string) {
  const file = (suffix: string) => draft.files.find((f) => f.path === `documents/${template}${suffix}`)?.content
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
    isNew: source === undefined,
    source: source ?? starter!.source,
    manifest,
    sample: file('.sample.json') ?? `${JSON.stringify(starter?.sample ?? {}, null, 2)}\n`,
    forms: draftFormFields(draft.files),
    variables: PROCESS_VARIABLES.map(({ path, title, insert }) => ({ path, title, insert })),
    system: SYSTEM_VALUES,
    partials: housePartials(housePartialNames()),
  }
}
