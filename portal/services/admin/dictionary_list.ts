import db from '@adonisjs/lucid/services/db'

/** One item of a dictionary: its code (the stored value), label, place and whether new records may choose it. */
export interface DictionaryItemEntry {
  value: string
  label: string
  sortOrder: number
  isEnabled: boolean
}

/** A dictionary with its items in order, as the 数据字典 page edits it. */
export interface DictionaryEntry {
  name: string
  title: string
  description: string | null
  items: DictionaryItemEntry[]
}

/** Every dictionary by name, with its items; two queries. */
export async function dictionaryList(): Promise<DictionaryEntry[]> {
  const dictionaries = await db.from('form_dictionaries').orderBy('name').select('id', 'name', 'title', 'description')
  const items = await db.from('form_dictionary_items').orderBy('sort_order').orderBy('id').select('dictionary_id', 'value', 'label', 'sort_order', 'is_enabled')
  return dictionaries.map((dictionary) => ({
    name: dictionary.name,
    title: dictionary.title,
    description: dictionary.description,
    items: items
      .filter((item) => Number(item.dictionary_id) === Number(dictionary.id))
      .map((item) => ({ value: item.value, label: item.label, sortOrder: Number(item.sort_order), isEnabled: Boolean(item.is_enabled) })),
  }))
}
