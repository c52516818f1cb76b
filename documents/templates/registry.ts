import { readdir } from 'node:fs/promises'
import { TemplateError } from '../errors.js'
import { loadTemplate, type DocumentTemplate } from './template.js'

/**
 * Compiled templates by name. A folder is read once; templates deployed from
 * elsewhere (a definition version in the database) are added with `add`.
 */
export class TemplateRegistry {
  #templates = new Map<string, DocumentTemplate>()

  /** Loads every `<name>.template.json` + `<name>.hbs` pair in a folder; returns the names loaded. */
  async loadFolder(dir: string): Promise<string[]> {
    const names = (await readdir(dir)).filter((f) => f.endsWith('.template.json')).map((f) => f.slice(0, -'.template.json'.length))
    for (const template of await Promise.all(names.map((name) => loadTemplate(dir, name)))) this.add(template)
    return names.sort()
  }

  add(template: DocumentTemplate): void {
    this.#templates.set(template.name, template)
  }

  has(name: string): boolean {
    return this.#templates.has(name)
  }

  /** The template, or a TemplateError naming it. */
  get(name: string): DocumentTemplate {
    const template = this.#templates.get(name)
    if (!template) throw new TemplateError(`没有名为 ${name} 的文书模板`)
    return template
  }

  names(): string[] {
    return [...this.#templates.keys()].sort()
  }
}

/** The process-wide registry the render worker reads. */
export const templateRegistry = new TemplateRegistry()
