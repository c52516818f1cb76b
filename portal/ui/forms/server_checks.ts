import type { Form } from '@formily/core'
import { toJS } from '@formily/reactive'
import { stripArrayTableIndex } from './setup'

/** One server-side finding, at a formily path ("items.0.content"). */
export interface ServerError {
  path: string
  message: string
}

/** The form's values as plain data: no reactive proxies, no ArrayTable row index. */
export function plainValues(form: Form): Record<string, unknown> {
  return stripArrayTableIndex(toJS(form.values)) as Record<string, unknown>
}

/** The CSRF token shield sets as a cookie, for the session's JSON calls. */
export function xsrfHeader(): Record<string, string> {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='))
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) } : {}
}

/** `zhian:project-filing/filing` → `/api/forms/project-filing/filing`: the API addresses a form by folder and name. */
export function formApiPath(formKey: string): string {
  const [folder, name] = formKey.replace(/^zhian:/, '').split('/')
  return `/api/forms/${encodeURIComponent(folder)}/${encodeURIComponent(name ?? '')}`
}

/**
 * Asks the server to validate with the same schema (POST /api/forms/:folder/:name/validate).
 * Resolves with its errors (empty when the data passed); rejects with a
 * Chinese message when it could not ask.
 */
export async function validateOnServer(formKey: string, data: Record<string, unknown>): Promise<ServerError[]> {
  const response = await fetch(`${formApiPath(formKey)}/validate`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...xsrfHeader() },
    body: JSON.stringify({ value: data }),
  })
  const body = (await response.json().catch(() => null)) as { errors?: ServerError[]; message?: string } | null
  if (Array.isArray(body?.errors)) return body.errors
  if (!response.ok) throw new Error(body?.message ?? `服务器校验失败（${response.status}）`)
  return []
}

/** Shows each server error under its field; errors for fields not on screen are returned for a summary. */
export function showServerErrors(form: Form, errors: ServerError[]): ServerError[] {
  const unplaced: ServerError[] = []
  for (const error of errors) {
    const field = form.query(error.path).take()
    if (field && 'setSelfErrors' in field) field.setSelfErrors([error.message])
    else unplaced.push(error)
  }
  return unplaced
}
