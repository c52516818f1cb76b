import { useEffect, useState } from 'react'
import type { Form } from '@formily/core'
import { onFieldInputValueChange } from '@formily/core'
import { plainValues } from './server_checks'

const key = (formKey: string) => `zhian:draft:${formKey}`

/** The draft saved on this device for a form key, if any. */
export function loadLocalDraft(formKey: string): Record<string, unknown> | undefined {
  try {
    const saved = localStorage.getItem(key(formKey))
    return saved ? (JSON.parse(saved) as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * Autosaves what the user types, a second after they stop, on this device.
 * It listens to input changes only: mounting fields also changes values and
 * must not count as an edit (see the forms note, gotcha 7).
 */
export function useLocalDraft(form: Form, formKey: string): { savedAt: Date | null; clear(): void } {
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const id = `draft:${formKey}`
    form.addEffects(id, () =>
      onFieldInputValueChange('*', () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          localStorage.setItem(key(formKey), JSON.stringify(plainValues(form)))
          setSavedAt(new Date())
        }, 1000)
      })
    )
    return () => {
      clearTimeout(timer)
      form.removeEffects(id)
    }
  }, [form, formKey])
  return { savedAt, clear: () => localStorage.removeItem(key(formKey)) }
}
