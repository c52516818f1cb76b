import { useEffect, useState } from 'react'
import { connect, mapReadPretty, useFieldSchema } from '@formily/react'
import { PreviewText } from '@formily/antd-v5'
import { Select, type SelectProps } from 'antd'
import { getJson } from './api'

interface Option {
  value: string | number
  label: string
}

/** Options from the server, reloaded as the user types (debounced); a failure shows as the select's message. */
function useRemoteOptions(load: (q: string) => Promise<Option[]>) {
  const [q, setQ] = useState('')
  const [options, setOptions] = useState<Option[]>([])
  const [error, setError] = useState<string>()
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      load(q)
        .then((loaded) => current && (setOptions(loaded), setError(undefined)))
        .catch((e: Error) => current && setError(e.message))
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `load` is a module-level function per picker kind
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q])
  return { options, error, setQ }
}

type PickerRow = { id: number; name?: string; fullName?: string; code?: string; username?: string }
type PickerKind = 'projects' | 'organizations' | 'users'

// picker fields are strings in the schema dialect; the server checks the id against the caller's scope
const toOption = (row: PickerRow): Option => ({ value: String(row.id), label: row.name ?? `${row.fullName}（${row.username}）` })

/** Labels already fetched, per kind, so a list of filled forms asks once per record. */
const known: Record<PickerKind, Map<string, string>> = { projects: new Map(), organizations: new Map(), users: new Map() }

/** The picked values as a list; only ids are looked up (a shipped schema's code or name is its own label). */
const pickedIds = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]).map(String)

/**
 * The options for values already picked (a saved form, a read-only view):
 * their names from `/api/pickers/…?ids=`, so people see 沈阳某某项目, not 17.
 * A value outside the caller's scope keeps showing as stored.
 */
function usePickedOptions(kind: PickerKind, value: unknown): Option[] {
  const ids = pickedIds(value)
  const missing = ids.filter((id) => /^\d{1,9}$/.test(id) && !known[kind].has(id))
  const [, setLoaded] = useState(0)
  const wanted = missing.join(',')
  useEffect(() => {
    if (!wanted) return
    let current = true
    getJson<PickerRow[]>(`/api/pickers/${kind}?ids=${wanted}`)
      .then((rows) => {
        for (const id of wanted.split(',')) known[kind].set(id, id)
        for (const row of rows) known[kind].set(String(row.id), toOption(row).label)
        if (current) setLoaded((n) => n + 1)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [kind, wanted])
  return ids.map((id) => ({ value: id, label: known[kind].get(id) ?? id }))
}

/** ProjectPicker / OrganizationPicker / UserPicker: only what the caller's data scope holds (/api/pickers/…). */
function picker(kind: PickerKind) {
  const load = async (q: string) => (await getJson<PickerRow[]>(`/api/pickers/${kind}?q=${encodeURIComponent(q)}`)).map(toOption)
  const Picker = (props: SelectProps) => {
    const { options, error, setQ } = useRemoteOptions(load)
    const picked = usePickedOptions(kind, props.value)
    const merged = [...options, ...picked.filter((p) => !options.some((o) => String(o.value) === p.value))]
    return <Select showSearch filterOption={false} onSearch={setQ} options={merged} placeholder={error ?? '输入名称搜索'} status={error ? 'error' : undefined} allowClear {...props} />
  }
  const PickedText = ({ value }: { value?: unknown }) => {
    const picked = usePickedOptions(kind, value)
    return <PreviewText.Input value={picked.length ? picked.map((option) => option.label).join('、') : undefined} />
  }
  return connect(Picker, mapReadPretty(PickedText))
}

export const ProjectPicker = picker('projects')
export const OrganizationPicker = picker('organizations')
export const UserPicker = picker('users')

/** The items of the 数据字典 the field's schema names (`x-data-source: { dictionary }`), loaded once per field. */
function useDictionary(): { options: Option[]; error?: string } {
  const name = (useFieldSchema()['x-data-source'] as { dictionary?: string } | undefined)?.dictionary ?? ''
  const [options, setOptions] = useState<Option[]>([])
  const [error, setError] = useState<string>()
  useEffect(() => {
    getJson<{ items: Option[] }>(`/api/dictionaries/${encodeURIComponent(name)}`)
      .then((dictionary) => setOptions(dictionary.items.map(({ value, label }) => ({ value, label }))))
      .catch((e: Error) => setError(e.message))
  }, [name])
  return { options, error }
}

/** A select over a 数据字典. */
function DictionarySelectInner(props: SelectProps) {
  const { options, error } = useDictionary()
  return <Select options={options} placeholder={error ?? '请选择'} status={error ? 'error' : undefined} allowClear {...props} />
}

/** The read view shows the item's label (沈阳市和平区), not its stored value (210102). */
function DictionaryText({ value }: { value?: string | number }) {
  const { options } = useDictionary()
  const label = options.find((option) => String(option.value) === String(value))?.label
  return <PreviewText.Input value={value === undefined || value === null ? undefined : (label ?? String(value))} />
}

export const DictionarySelect = connect(DictionarySelectInner, mapReadPretty(DictionaryText))
