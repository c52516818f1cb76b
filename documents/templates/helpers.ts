import type { HelperDelegate } from 'handlebars'
import Handlebars from 'handlebars'

/** Where templates point for photos and other per-document bytes; the renderer answers from memory. */
export const ASSET_BASE_URL = 'https://render.invalid/assets/'

const TIME_ZONE = 'Asia/Shanghai'
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/

/** The calendar parts of an ISO date or instant, read in Beijing time (dates without a time are taken as written). */
function beijingParts(value: unknown): { y: number; m: number; d: number; hh: number; mm: number } {
  if (typeof value !== 'string' && !(value instanceof Date)) throw new TypeError(`不是日期：${String(value)}`)
  const plain = typeof value === 'string' ? dateOnly.exec(value) : null
  if (plain) return { y: Number(plain[1]), m: Number(plain[2]), d: Number(plain[3]), hh: 0, mm: 0 }
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) throw new TypeError(`不是日期：${String(value)}`)
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { y: part('year'), m: part('month'), d: part('day'), hh: part('hour'), mm: part('minute') }
}

/** GB/T 9704 成文日期: Arabic numerals, no leading zeros: 2026年11月24日. */
export function chineseDate(value: unknown): string {
  const { y, m, d } = beijingParts(value)
  return `${y}年${m}月${d}日`
}

/** A date with hour and minute, as 笔录 and 停工起始时间 print it: 2026年11月24日14时30分. */
export function chineseDateTime(value: unknown): string {
  const { y, m, d, hh, mm } = beijingParts(value)
  return `${y}年${m}月${d}日${hh}时${String(mm).padStart(2, '0')}分`
}

/**
 * A CSS string literal for margin-box `content:`. Handlebars escaping is for
 * HTML, and entities mean nothing inside <style>, so everything but letters,
 * digits and CJK is written as a CSS hex escape; `</style>` cannot survive it.
 */
export function cssString(value: unknown): string {
  const escaped = [...String(value ?? '')].map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')
  return `"${escaped}"`
}

/** Amount in yuan with thousands separators and two decimals: 200,000.00. */
export function yuan(value: unknown): string {
  const amount = Number(value)
  if (!Number.isFinite(amount)) throw new TypeError(`不是金额：${String(value)}`)
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const SMALL_UNITS = ['', '拾', '佰', '仟']
const BIG_UNITS = ['', '万', '亿', '万亿']

/** 大写金额 as 决定书 print it: 200000 → 贰拾万元整, 1234.5 → 壹仟贰佰叁拾肆元伍角. */
export function yuanInCapitals(value: unknown): string {
  const cents = Math.round(Number(value) * 100)
  if (!Number.isFinite(cents) || cents < 0) throw new TypeError(`不是金额：${String(value)}`)
  const whole = Math.floor(cents / 100)
  const jiao = Math.floor(cents / 10) % 10
  const fen = cents % 10
  let text = whole === 0 ? '' : `${integerInCapitals(whole)}元`
  if (jiao === 0 && fen === 0) return `${text || '零元'}整`
  if (jiao > 0) text += `${DIGITS[jiao]}角`
  else if (whole > 0) text += '零'
  if (fen > 0) text += `${DIGITS[fen]}分`
  return text
}

function integerInCapitals(value: number): string {
  const groups: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000)
  let text = ''
  let pendingZero = false
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]
    if (group === 0) {
      pendingZero = text !== ''
      continue
    }
    if (text !== '' && (pendingZero || group < 1000)) text += '零'
    pendingZero = false
    text += groupInCapitals(group) + BIG_UNITS[g]
  }
  return text
}

function groupInCapitals(group: number): string {
  let text = ''
  let zero = false
  for (let i = 3; i >= 0; i--) {
    const digit = Math.floor(group / 10 ** i) % 10
    if (digit === 0) {
      zero = text !== ''
      continue
    }
    if (zero) text += '零'
    zero = false
    text += DIGITS[digit] + SMALL_UNITS[i]
  }
  return text
}

const NUMERALS = '〇一二三四五六七八九'

/** Chinese numeral for 1–99, as 一、二、 headings count: 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`只支持 1–99：${value}`)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  if (tens === 0) return NUMERALS[ones]
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones === 0 ? '' : NUMERALS[ones]}`
}

/** The helpers templates may use; nothing else is registered in their environment. */
export const documentHelpers: Readonly<Record<string, HelperDelegate>> = {
  date: (value: unknown) => chineseDate(value),
  dateTime: (value: unknown) => chineseDateTime(value),
  cssStr: (value: unknown) => new Handlebars.SafeString(cssString(value)),
  // every character outside [A-Za-z0-9-_.~] is %-encoded, so the URL never needs HTML escaping
  assetUrl: (name: unknown) => ASSET_BASE_URL + encodeURIComponent(String(name)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  yuan: (value: unknown) => yuan(value),
  yuanInCapitals: (value: unknown) => yuanInCapitals(value),
  /** 一、二、三 from @index */
  ordinal: (index: unknown) => chineseNumeral(Number(index) + 1),
  /** 1-based numbering from @index */
  inc: (value: unknown) => Number(value) + 1,
  /** joins a list of plain strings with 、 (or the separator given) */
  join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : '、') : ''),
}
