/**
 * Teaches formily Zhian's formats and extra rules, with the same functions the
 * server validator runs: call once wherever formily validates (the browser's
 * form renderer, the differential test's reference). Idempotent.
 */
import { getValidateRules, registerValidateLocale, registerValidateRules, setValidateLanguage } from '@formily/validator'
import { ZHIAN_FORMATS, formatTest } from '../validation/formats.js'
import { enumFails, isValidateEmpty, typeFails } from '../validation/extra_rules.js'
import { ZHIAN_ZH } from '../validation/messages.js'
import type { ValueKind } from '../schema/nodes.js'

type Rule = (value: unknown, rule: Record<string, unknown>, ...rest: unknown[]) => unknown
let installed = false

/** Registers uscc/zhmobile/projectcode/idnumber, `zhianType` and `zhianEnum`, and selects zh-CN messages. */
export function installFormilyRules(): void {
  setValidateLanguage('zh-CN')
  if (installed) return
  installed = true
  const formilyFormat = getValidateRules('format') as Rule
  registerValidateLocale({ 'zh-CN': { ...ZHIAN_ZH } })
  registerValidateRules({
    format(value: unknown, rule: Record<string, unknown>, ...rest: unknown[]) {
      const name = rule.format as string
      if (!ZHIAN_FORMATS[name]) return formilyFormat(value, rule, ...rest)
      if (isValidateEmpty(value)) return ''
      return formatTest(name)(value) ? rule.message : ''
    },
    zhianType: (value: unknown, rule: Record<string, unknown>) =>
      typeFails(rule.zhianType as ValueKind, value) ? rule.message : '',
    zhianEnum: (value: unknown, rule: Record<string, unknown>) =>
      enumFails(new Set(rule.zhianEnum as unknown[]), value) ? rule.message : '',
  } as never)
}
