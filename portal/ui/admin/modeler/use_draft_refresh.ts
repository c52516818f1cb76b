import { useEffect } from 'react'
import type { DraftStore } from './draft_store'

/** Forms and templates open in other tabs: when the window comes back, the pickers read the draft again. */
export function useDraftRefresh(draft: DraftStore): void {
  useEffect(() => {
    const onFocus = () => draft.refresh().catch(() => {}) // a failed refresh keeps the lists the page has
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [draft])
}
