import type { HttpContext } from '@adonisjs/core/http'
import { accessOf, actorOf, currentUser } from '#services/request_context'
import type { Reader } from './form_reads.js'

/** The caller of a forms request: user, permissions and scope, audit identity. */
export async function readerOf(ctx: HttpContext): Promise<Reader> {
  return { user: currentUser(ctx), access: await accessOf(ctx), actor: actorOf(ctx) }
}
