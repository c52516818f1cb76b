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

/** ProjectPicker / OrganizationPicker / UserPicker: only what the caller's data scope holds (/api/pickers/…). */
function picker(kind: 'projects' | 'organizations' | 'users') {
  const load = async (q: string) =>
    (await getJson<PickerRow[]>(`/api/pickers/${kind}?q=${encodeURIComponent(q)}`)).map((row) => ({
      // picker fields are strings in the schema dialect; the server checks the id against the caller's scope
      value: String(row.id),
      label: row.name ?? `${row.fullName}（${row.username}）`,
    }))
  const Picker = (props: SelectProps) => {
    const { options, error, setQ } = useRemoteOptions(load)
    return <Select showSearch filterOption={false} onSearch={setQ} options={options} placeholder={error ?? '输入名称搜索'} status={error ? 'error' : undefined} allowClear {...props} />
  }
  return connect(Picker, mapReadPretty(PreviewText.Select))
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
