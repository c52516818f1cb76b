import type { ApiClient } from '@japa/api-client'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'

let clientNumber = 0

/**
 * A distinct client address (TEST-NET-1, only ever a header value) per
 * sign-in, as separate API clients would have: the per-IP login throttle
 * then judges each test on its own.
 */
export function nextClientIp(): string {
  clientNumber += 1
  return `192.0.2.${(clientNumber % 250) + 1}`
}

/** Signs a demo account in through the token API, as a real API client would. */
export async function tokenFor(client: ApiClient, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await client.post('/api/tokens').header('x-forwarded-for', nextClientIp()).json({ username, password })
  response.assertStatus(201)
  return response.body().token as string
}
