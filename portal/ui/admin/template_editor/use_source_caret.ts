import { useRef } from 'react'
import { insertAt, offsetOf, placeOf } from './code_text'
import type { PreviewError } from './types'

/**
 * The source textarea's caret: `insert` types text there as the keyboard
 * would (undo keeps working), `showError` moves it to where a source error
 * points. `setSource` is only needed where execCommand is missing.
 */
export function useSourceCaret(setSource: (text: string) => void) {
  const ref = useRef<HTMLTextAreaElement>(null)

  function insert(text: string) {
    const area = ref.current
    if (!area) return
    area.focus()
    if (document.execCommand('insertText', false, text)) return
    const next = insertAt(area.value, { start: area.selectionStart, end: area.selectionEnd }, text)
    setSource(next.text)
    requestAnimationFrame(() => area.setSelectionRange(next.caret, next.caret))
  }

  function showError(error: PreviewError) {
    const place = error.path === 'source' ? placeOf(error.message) : undefined
    const area = ref.current
    if (!place || !area) return
    const offset = offsetOf(area.value, place.line, place.column)
    area.focus()
    area.setSelectionRange(offset, offset)
  }

  return { ref, insert, showError }
}
