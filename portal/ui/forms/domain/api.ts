/**
 * JSON GETs from the portal page to the API with the session cookie.
 * Errors surface as the server's Chinese `message`.
 */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error((body as { message?: string } | null)?.message ?? `请求失败（${response.status}）`)
  return body as T
}
