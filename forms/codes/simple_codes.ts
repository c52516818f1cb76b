/** Mainland mobile numbers: 11 digits, 1 then 3–9 (the numbering plan's current prefixes). */
export function isMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value)
}

/**
 * 项目代码 of the national investment-project platform (投资项目在线审批监管平台):
 * year-region-industry-type-serial, e.g. 2026-210102-47-01-000123.
 */
export function isProjectCode(value: string): boolean {
  const match = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  return year >= 2000 && year <= 2099 && isRegionCode(match[2])
}

/** 行政区划代码 (GB/T 2260): six digits, a province prefix from 11 to 82. */
export function isRegionCode(value: string): boolean {
  if (!/^\d{6}$/.test(value)) return false
  const province = Number(value.slice(0, 2))
  return province >= 11 && province <= 82
}
