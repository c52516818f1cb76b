import { useEffect, useRef, useState } from 'react'
import { xsrfHeader } from '~/forms/server_checks'
import type { Manifest, PreviewError } from './types'

/** How long typing must pause before the preview is printed again. */
const QUIET_MS = 800

/** The preview pane's state. */
export interface Preview {
  /** an object URL of the latest PDF that printed; kept while later edits have errors */
  url?: string
  errors: PreviewError[]
  state: 'idle' | 'rendering' | 'ready' | 'error'
}

/** The sample's text as JSON, or the error the editor shows at `sample`. */
export function parseSample(text: string): { value?: unknown; error?: PreviewError } {
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    return { error: { path: 'sample', message: `示例数据不是合法的 JSON：${(error as Error).message}` } }
  }
}

/**
 * Prints the template with the server's preview API ~800 ms after the last
 * change. An answer to an older edit that arrives late is dropped, so the
 * preview always shows the newest text that printed.
 */
export function usePreview(source: string, manifest: Manifest, sampleText: string): Preview {
  const [preview, setPreview] = useState<Preview>({ errors: [], state: 'idle' })
  const latest = useRef(0)

  useEffect(() => {
    const sample = parseSample(sampleText)
    if (sample.error) {
      setPreview((p) => ({ ...p, errors: [sample.error!], state: 'error' }))
      return
    }
    const request = ++latest.current
    const timer = setTimeout(async () => {
      setPreview((p) => ({ ...p, state: 'rendering' }))
      const response = await fetch('/api/admin/templates/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'accept': 'application/pdf, application/json', ...xsrfHeader() },
        body: JSON.stringify({ source, manifest: { ...manifest, paper: 'A4' }, sample: sample.value }),
      }).catch(() => undefined)
      if (request !== latest.current) return
      if (response?.ok) {
        const url = URL.createObjectURL(await response.blob())
        if (request !== latest.current) return URL.revokeObjectURL(url)
        setPreview((p) => {
          if (p.url) URL.revokeObjectURL(p.url)
          return { url, errors: [], state: 'ready' }
        })
        return
      }
      const body = (await response?.json().catch(() => null)) as { errors?: (PreviewError & { field?: string })[]; message?: string } | null
      const errors = body?.errors?.length ? body.errors.map((e) => ({ path: e.path ?? e.field ?? '', message: e.message })) : [{ path: '', message: body?.message ?? '预览失败，请稍后再试' }]
      if (request === latest.current) setPreview((p) => ({ ...p, errors, state: 'error' }))
    }, QUIET_MS)
    return () => clearTimeout(timer)
  }, [source, manifest, sampleText])

  return preview
}
