import { useEffect, type ComponentType } from 'react'
import { observer, useField, useFieldSchema } from '@formily/react'
import type { Field } from '@formily/core'
import { getJson } from './api'

interface Item {
  value: string
  label: string
}

/**
 * Select, Radio.Group and Checkbox.Group over a 数据字典 (`x-data-source:
 * { dictionary }`, as the designer writes them): formily copies that object
 * into the field's dataSource, which option components cannot read, so the
 * dictionary's items are loaded into it; fields with `enum` are untouched.
 */
export function withDictionaryOptions<P extends object>(Component: ComponentType<P>) {
  return observer((props: P) => {
    const field = useField<Field>()
    const name = (useFieldSchema()['x-data-source'] as { dictionary?: unknown } | undefined)?.dictionary
    useEffect(() => {
      if (typeof name !== 'string') return
      let current = true
      field.setDataSource([])
      getJson<{ items: Item[] }>(`/api/dictionaries/${encodeURIComponent(name)}`)
        .then((dictionary) => current && field.setDataSource(dictionary.items.map(({ value, label }) => ({ value, label }))))
        .catch(() => current && field.setDataSource([]))
      return () => {
        current = false
      }
    }, [field, name])
    // until the effect has run, dataSource is still the { dictionary } object
    if (typeof name === 'string' && !Array.isArray(field.dataSource)) return null
    return <Component {...props} />
  })
}
