import logger from '@adonisjs/core/services/logger'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import User from '#models/user'

/** The account the worker host acts as; base/demo data seed it with the engine_worker role (engine:rest). */
export const WORKER_USERNAME = 'worker'
/** Tokens live two days and are renewed daily, so a long-running host never holds an expired one. */
const LIFETIME = '2 days'
const RENEW_EVERY_MS = 24 * 60 * 60 * 1000

/**
 * The worker host's Bearer token, issued through the access-token provider
 * when the host starts (never a secret in configuration), renewed while it
 * runs and revoked when it stops.
 */
export class ServiceAccountToken {
  #user?: User
  #token?: AccessToken
  #renewal?: NodeJS.Timeout

  constructor(readonly username: string = WORKER_USERNAME) {}

  /** The secret to send as `Authorization: Bearer …`. */
  get value(): string {
    const value = this.#token?.value?.release()
    if (!value) throw new Error('the worker token has not been issued')
    return value
  }

  async issue(): Promise<void> {
    const user = await User.findBy('username', this.username)
    if (!user || !user.isActive) throw new Error(`service account '${this.username}' is missing or inactive (run node ace demo:seed)`)
    this.#user = user
    await this.#renew()
    this.#renewal = setInterval(() => {
      this.#renew().catch((error) => logger.error({ err: error }, 'could not renew the worker token'))
    }, RENEW_EVERY_MS).unref()
  }

  async revoke(): Promise<void> {
    clearInterval(this.#renewal)
    if (this.#user && this.#token) await User.accessTokens.delete(this.#user, this.#token.identifier)
    this.#token = undefined
  }

  async #renew(): Promise<void> {
    const previous = this.#token
    this.#token = await User.accessTokens.create(this.#user!, ['*'], { name: 'engine-workers', expiresIn: LIFETIME })
    if (previous) await User.accessTokens.delete(this.#user!, previous.identifier)
  }
}
