import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import app from '@adonisjs/core/services/app'

/**
 * Private keys at rest: AES-256-GCM under a key derived from APP_KEY with
 * HKDF-SHA-256 (its own salt and info, so it is never the key that signs
 * cookies). A database dump alone therefore holds no usable key; changing
 * APP_KEY makes every stored key unreadable, as it does sessions.
 */
const SALT = 'zhian.documents.pki'
const INFO = 'private-key-encryption-v1'
const VERSION = 'v1'

function vaultKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32))
}

/** APP_KEY as the application configured it. */
export function appSecret(): string {
  const key = app.config.get<{ release(): string } | string>('app.appKey')
  const value = typeof key === 'string' ? key : key.release()
  if (!value || value.length < 16) throw new Error('APP_KEY is missing or too short to protect signing keys')
  return value
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url), safe in a TEXT column. */
export function sealPrivateKey(pem: string, secret = appSecret()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', vaultKey(secret), iv)
  const body = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** The PEM back; a wrong APP_KEY or an altered value fails the GCM check. */
export function openPrivateKey(sealed: string, secret = appSecret()): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !body) throw new Error('unknown private key encoding')
  const decipher = createDecipheriv('aes-256-gcm', vaultKey(secret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
