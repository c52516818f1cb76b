import { useEffect, useRef, useState } from 'react'
import type { Form } from '@formily/core'
import { onFieldInputValueChange } from '@formily/core'
import { formApiPath, plainValues, xsrfHeader } from './server_checks'

const key = (formKey: string) => `zhian:draft:${formKey}`

interface LocalDraft {
  /** the server's draft (form_submissions.id), once it has one */
  id?: number
  value: Record<string, unknown>
}

function readLocal(formKey: string): LocalDraft | undefined {
  try {
    const saved = localStorage.getItem(key(formKey))
    return saved ? (JSON.parse(saved) as LocalDraft) : undefined
  } catch {
    return undefined
  }
}

/** The draft this device last saw for a form key, if any. */
export function loadDraft(formKey: string): Record<string, unknown> | undefined {
  return readLocal(formKey)?.value
}

export type DraftState = { savedAt: Date; where: 'server' | 'device' } | null

/** Creates the user's draft on the server, or replaces its value (the server keeps each version as a revision). */
async function saveOnServer(formKey: string, draft: LocalDraft): Promise<number> {
  const url = draft.id ? `${formApiPath(formKey)}/drafts/${draft.id}` : `${formApiPath(formKey)}/drafts`
  const response = await fetch(url, {
    method: draft.id ? 'PUT' : 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...xsrfHeader() },
    body: JSON.stringify({ value: draft.value }),
  })
  if (!response.ok) throw new Error(`草稿保存失败（${response.status}）`)
  return ((await response.json()) as { id: number }).id
}

/**
 * Autosaves what the user types, a second after they stop: on the server
 * (drafts with history, resumable from any device) and on this device, which
 * keeps the work when the network is gone. It listens to input changes only:
 * mounting fields also changes values and must not count as an edit (see the
 * forms note, gotcha 7).
 */
export function useDraft(form: Form, formKey: string): { state: DraftState; clear(): void; saveNow(): Promise<void>; draftId(): number | undefined } {
  const [state, setState] = useState<DraftState>(null)
  const draftId = useRef<number | undefined>(readLocal(formKey)?.id)
  const save = useRef<() => Promise<void>>(async () => {})
  save.current = async () => {
    const draft: LocalDraft = { id: draftId.current, value: plainValues(form) }
    localStorage.setItem(key(formKey), JSON.stringify(draft))
    try {
      draftId.current = await saveOnServer(formKey, draft)
      localStorage.setItem(key(formKey), JSON.stringify({ ...draft, id: draftId.current }))
      setState({ savedAt: new Date(), where: 'server' })
    } catch {
      setState({ savedAt: new Date(), where: 'device' })
    }
  }
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const effects = `draft:${formKey}`
    form.addEffects(effects, () =>
      onFieldInputValueChange('*', () => {
        clearTimeout(timer)
        timer = setTimeout(() => void save.current(), 1000)
      })
    )
    return () => {
      clearTimeout(timer)
      form.removeEffects(effects)
    }
  }, [form, formKey])
  return {
    state,
    clear: () => {
      localStorage.removeItem(key(formKey))
      draftId.current = undefined
    },
    // 暂存: the user asks for the save the timer would have done
    saveNow: () => save.current(),
    draftId: () => draftId.current,
  }
}
