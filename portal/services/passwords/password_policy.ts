import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import security from '#config/security'

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/]

/** Why a password is too weak, in Chinese, or null when it passes the policy. */
export function passwordWeakness(password: string): string | null {
  const { minLength, minClasses } = security.password
  if (password.length < minLength) return `密码长度不能少于 ${minLength} 位`
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length
  if (classes < minClasses) return `密码须包含大写字母、小写字母、数字、特殊字符中的至少 ${minClasses} 类`
  return null
}

/** True when `password` matches the current password or one of the last N-1 before it. */
export async function isRecentPassword(
  userId: number,
  currentHash: string,
  password: string,
  client: QueryClientContract = db.connection()
): Promise<boolean> {
  const earlier = await client
    .from('password_histories')
    .where('user_id', userId)
    .orderBy('id', 'desc')
    .limit(Math.max(0, security.password.historySize - 1))
    .select('password_hash')
  for (const candidate of [currentHash, ...earlier.map((row) => row.password_hash as string)]) {
    if (await hash.verify(candidate, password)) return true
  }
  return false
}
