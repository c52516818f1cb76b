/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit
 * sequence and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'
const SHAPE = /^[1-9]\d{16}[\dX]$/

/** The check character GB 11643 gives for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

function isBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** True for an 18-character ID number with a real birth date and a matching check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!SHAPE.test(value)) return false
  if (!isBirthDate(value.slice(6, 14))) return false
  return residentIdCheckChar(value.slice(0, 17)) === value[17]
}
