import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** One dictionary's accepted entries, in display order. */
export type DictionaryItems = readonly { readonly value: string; readonly label: string }[]

/**
 * Every dictionary's enabled items, as validation reads them. One query per
 * validation, not cached: an administrator's edit then applies at once in
 * every server process.
 */
export async function enabledDictionaries(client: QueryClientContract = db.connection()): Promise<Map<string, DictionaryItems>> {
  const rows = await client
    .from('form_dictionary_items as i')
    .join('form_dictionaries as d', 'd.id', 'i.dictionary_id')
    .where('i.is_enabled', true)
    .orderBy('d.name')
    .orderBy('i.sort_order')
    .select('d.name', 'i.value', 'i.label')
  const byName = new Map<string, { value: string; label: string }[]>()
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), { value: row.value, label: row.label }])
  return byName
}
