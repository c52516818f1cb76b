import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FormDictionary from '#models/form_dictionary'
import FormDictionaryItem from '#models/form_dictionary_item'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { fieldError } from '#exceptions/refusals'
import { CALENDAR_DICTIONARIES, workCalendar } from '#services/work_calendar'
import { DateTime } from 'luxon'

export interface DictionaryInput {
  title: string
  description?: string
  items: { value: string; label: string; isEnabled?: boolean }[]
}

/** Replaces the item list: listed values are kept or added in the given order, the rest removed. */
async function replaceItems(dictionary: FormDictionary, items: DictionaryInput['items'], trx: TransactionClientContract) {
  await FormDictionaryItem.query({ client: trx }).where('dictionary_id', dictionary.id).whereNotIn('value', items.map((i) => i.value)).delete()
  for (const [index, item] of items.entries()) {
    await FormDictionaryItem.updateOrCreate(
      { dictionaryId: dictionary.id, value: item.value },
      { label: item.label, sortOrder: index + 1, isEnabled: item.isEnabled ?? true },
      { client: trx }
    )
  }
}

/** The calendar's dictionaries hold dates: each value must be a real `YYYY-MM-DD`, or the calendar would silently ignore it. */
function checkCalendarDates(name: string, items: DictionaryInput['items']): void {
  if (!CALENDAR_DICTIONARIES.includes(name)) return
  for (const [index, item] of items.entries()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(item.value) || !DateTime.fromISO(item.value).isValid) {
      throw fieldError(`items.${index}.value`, `编码须是日期 YYYY-MM-DD（如 2026-10-01），见到的是“${item.value}”`, 'date')
    }
  }
}

/** After a commit that touched the calendar's dictionaries, this process counts 工作日 with the new dates at once. */
async function refreshCalendar(name: string): Promise<void> {
  if (CALENDAR_DICTIONARIES.includes(name)) await workCalendar.refresh()
}

async function loadWithItems(id: number, trx: TransactionClientContract) {
  return FormDictionary.query({ client: trx }).where('id', id).preload('items', (q) => q.orderBy('sort_order')).firstOrFail()
}

/** 新建数据字典 (系统管理员), audited in the same transaction. */
export async function createDictionary(input: DictionaryInput & { name: string }, actor: AuditActor): Promise<FormDictionary> {
  checkCalendarDates(input.name, input.items)
  const created = await inTransaction(async (trx) => {
    if (await FormDictionary.query({ client: trx }).where('name', input.name).first()) throw fieldError('name', '字典名称已存在', 'unique')
    const dictionary = await FormDictionary.create({ name: input.name, title: input.title, description: input.description ?? null }, { client: trx })
    await replaceItems(dictionary, input.items, trx)
    await recordAudit(actor, { action: 'dictionary.create', outcome: 'success', targetType: 'dictionary', targetId: dictionary.name, detail: { items: input.items.length } }, trx)
    return loadWithItems(dictionary.id, trx)
  })
  await refreshCalendar(input.name)
  return created
}

/** 修改数据字典: the next validation reads the new items, the next 工作日 deadline the new dates. */
export async function updateDictionary(name: string, input: DictionaryInput, actor: AuditActor): Promise<FormDictionary> {
  checkCalendarDates(name, input.items)
  const updated = await inTransaction(async (trx) => {
    const dictionary = await FormDictionary.query({ client: trx }).where('name', name).firstOrFail()
    dictionary.merge({ title: input.title, description: input.description ?? null })
    await dictionary.useTransaction(trx).save()
    await replaceItems(dictionary, input.items, trx)
    await recordAudit(actor, { action: 'dictionary.update', outcome: 'success', targetType: 'dictionary', targetId: name, detail: { items: input.items.map((i) => i.value) } }, trx)
    return loadWithItems(dictionary.id, trx)
  })
  await refreshCalendar(name)
  return updated
}

/** 删除数据字典. Records already stored keep their values; new submissions naming it fail validation. */
export async function deleteDictionary(name: string, actor: AuditActor): Promise<void> {
  await inTransaction(async (trx) => {
    const dictionary = await FormDictionary.query({ client: trx }).where('name', name).firstOrFail()
    await dictionary.useTransaction(trx).delete()
    await recordAudit(actor, { action: 'dictionary.delete', outcome: 'success', targetType: 'dictionary', targetId: name }, trx)
  })
  await refreshCalendar(name)
}
