import { loadDraftFiles, saveDraftFiles, type DraftFile } from './api'

/** A role the organisation defines; its code is what the BPMN names. */
export interface RoleOption {
  code: string
  name: string
}

/** A data field at the top of a form (void layout wrappers are looked through). */
export interface FormField {
  path: string
  title: string
}

const FORM_FILE = /^forms\/([a-z0-9][a-z0-9-]*)\.form\.json$/
const TEMPLATE_FILE = /^documents\/([a-z0-9][a-z0-9-]*)\.template\.json$/
/** The file-name rule of the drafts API: lowercase letters, digits and single hyphens. */
export const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/

type Schema = { type?: string; title?: string; properties?: Record<string, Schema> }

function parse(content: string): Schema | null {
  try {
    const value: unknown = JSON.parse(content)
    return value && typeof value === 'object' ? (value as Schema) : null
  } catch {
    return null
  }
}

function fieldsOf(schema: Schema | null): FormField[] {
  const fields: FormField[] = []
  for (const [key, child] of Object.entries(schema?.properties ?? {})) {
    if (child.type === 'void') fields.push(...fieldsOf(child))
    else fields.push({ path: key, title: child.title ?? key })
  }
  return fields
}

/**
 * What the modeler knows of its draft besides the diagram: the forms and
 * templates beside it (for the pickers), the roles (for candidate groups).
 * The properties panel reads it as the `zhianDraft` service and re-renders
 * when it changes, e.g. after a form was created or edited in another tab.
 */
export class DraftStore {
  readonly name: string
  readonly roles: readonly RoleOption[]
  #files: DraftFile[]
  #listeners = new Set<() => void>()

  constructor(name: string, files: DraftFile[], roles: readonly RoleOption[]) {
    this.name = name
    this.#files = files
    this.roles = roles
  }

  /** The form names (`forms/<x>.form.json` → x), sorted. */
  get forms(): string[] {
    return this.#names(FORM_FILE)
  }

  /** The template names (`documents/<t>.template.json` → t), sorted. */
  get templates(): string[] {
    return this.#names(TEMPLATE_FILE)
  }

  /** `zhian:<draft>/<form>`, the formKey the engine and the portal read. */
  formKey(form: string): string {
    return `zhian:${this.name}/${form}`
  }

  /** The draft's form a formKey names, or null for a key outside the draft. */
  formOf(formKey: string | undefined): string | null {
    const prefix = `zhian:${this.name}/`
    const form = formKey?.startsWith(prefix) ? formKey.slice(prefix.length) : null
    return form && this.forms.includes(form) ? form : null
  }

  formTitle(form: string): string | undefined {
    return this.#schema(`forms/${form}.form.json`)?.title
  }

  templateTitle(template: string): string | undefined {
    return this.#schema(`documents/${template}.template.json`)?.title
  }

  /** The top-level data fields of one of the draft's forms. */
  fieldsOf(form: string): FormField[] {
    return fieldsOf(this.#schema(`forms/${form}.form.json`))
  }

  /** Stores new files on the server, then tells the panel. */
  async create(files: DraftFile[]): Promise<void> {
    await saveDraftFiles(this.name, files)
    this.#files = [...this.#files.filter((f) => !files.some((n) => n.path === f.path)), ...files]
    this.#notify()
  }

  /** Re-reads the draft's files (forms and templates may have been edited in another tab). */
  async refresh(): Promise<void> {
    this.#files = await loadDraftFiles(this.name)
    this.#notify()
  }

  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  #names(pattern: RegExp): string[] {
    return this.#files.flatMap((file) => pattern.exec(file.path)?.[1] ?? []).sort()
  }

  #schema(path: string): Schema | null {
    const file = this.#files.find((f) => f.path === path)
    return file ? parse(file.content) : null
  }

  #notify() {
    for (const listener of this.#listeners) listener()
  }
}
