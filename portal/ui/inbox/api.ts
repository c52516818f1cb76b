import { xsrfHeader } from '~/forms/server_checks'

/** A refusal from the JSON API: its Chinese message and, for form errors, the field paths. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: { path?: string; field?: string; message: string }[] = []
  ) {
    super(message)
  }
}

/** Calls the JSON API on the portal session (with the CSRF header); a 4xx/5xx rejects with an ApiError. */
export async function api<T>(url: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: { 'accept': 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...xsrfHeader() },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const body = (await response.json().catch(() => null)) as Record<string, any> | null
  if (!response.ok) {
    const errors = Array.isArray(body?.errors) ? body.errors : []
    throw new ApiError(errors[0]?.message ?? body?.message ?? `请求失败（${response.status}）`, response.status, errors)
  }
  return body as T
}

/** "2026-11-24T08:00:00Z" → "2026-11-24 16:00" in Beijing time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).replace(/\//g, '-')
}
