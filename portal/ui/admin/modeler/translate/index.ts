import { ZH_CN } from './zh_cn'

/** diagram-js's translate contract: a template with `{name}` placeholders and their values. */
function translate(template: string, replacements: Record<string, string> = {}): string {
  const text = ZH_CN[template.toLowerCase()] ?? template
  return text.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole)
}

/** Replaces the modeler's and the properties panel's `translate` service with Chinese. */
export const ZhTranslateModule = { translate: ['value', translate] }
