import { useEffect, useState } from 'react'
import { getJson } from '~/forms/domain/api'
import { xsrfHeader } from '~/forms/server_checks'
import type { SchemaJson } from './model'

/** A finding of the server's dialect checker, at a schema path (`grid.place`). */
export interface SchemaProblem {
  path: string
  message: string
}

/** A 数据字典 as the designer offers it: its name for `x-data-source`, its title and its values. */
export interface Dictionary {
  name: string
  title: string
  items: { value: string; label: string }[]
}

async function sendJson(method: 'POST' | 'PUT', url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...xsrfHeader() },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** POST /api/admin/forms/check: the problems the server finds (none: the schema may be saved). */
export async function checkSchema(schema: SchemaJson): Promise<SchemaProblem[]> {
  const { status, body } = await sendJson('POST', '/api/admin/forms/check', { schema })
  if (status === 200) return []
  if (status === 422 && Array.isArray(body?.errors)) return body.errors as SchemaProblem[]
  throw new Error((body?.message as string | undefined) ?? `检查失败（${status}）`)
}

/** PUT /api/admin/drafts/:name/files: the form, written whole. */
export async function saveDraftFile(draft: string, path: string, content: string): Promise<void> {
  const { status, body } = await sendJson('PUT', `/api/admin/drafts/${encodeURIComponent(draft)}/files`, { path, content })
  if (status !== 200) throw new Error((body?.message as string | undefined) ?? ((body?.errors as { message: string }[] | undefined)?.[0]?.message ?? `保存失败（${status}）`))
}

/** Every 数据字典, loaded once per designer. */
export function useDictionaries(): Dictionary[] {
  const [dictionaries, setDictionaries] = useState<Dictionary[]>([])
  useEffect(() => {
    getJson<Dictionary[]>('/api/dictionaries')
      .then(setDictionaries)
      .catch(() => setDictionaries([]))
  }, [])
  return dictionaries
}
