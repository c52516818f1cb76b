import { useCallback, useEffect, useState } from 'react'
import { router } from '@inertiajs/react'
import { message } from 'antd'
import { api } from '~/inbox/api'

/**
 * A drawer's list from an admin API (`url` null: closed, nothing loaded) and
 * a POST on one row that reloads the list and the page's counts after it.
 * `busy` names the row whose action is under way.
 */
export function useRowActions<Row>(url: string | null, pick: (body: any) => Row[]) {
  const [rows, setRows] = useState<Row[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!url) return
    try {
      setRows(pick(await api(url)))
    } catch (error) {
      message.error((error as Error).message)
    }
    // `pick` reads a field of the body: the url alone decides what is loaded
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url])

  useEffect(() => {
    setRows(null)
    void load()
  }, [load])

  async function act(rowId: string, actionUrl: string, done: string) {
    setBusy(rowId)
    try {
      await api(actionUrl, { method: 'POST' })
      message.success(done)
      await load()
      router.reload({ only: ['definitions'] })
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return { rows, busy, act }
}
