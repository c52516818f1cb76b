import { useEffect } from 'react'
import { router } from '@inertiajs/react'

const QUESTION = '流程图有未保存的修改，确定离开吗？'

/** While `dirty`, leaving the page (closing, reloading, following a link) asks first. */
export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    const removeInertiaGuard = router.on('before', () => window.confirm(QUESTION))
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      removeInertiaGuard()
    }
  }, [dirty])
}
