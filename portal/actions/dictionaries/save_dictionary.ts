import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FormDictionary from '#models/form_dictionary'
import FormDictionaryItem from '#models/form_dictionary_item'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { fieldError } from '#exceptions/refusals'

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

async function loadWithItems(id: number, trx: TransactionClientContract) {
  return FormDictionary.query({ client: trx }).where('id', id).preload('items', (q) => q.orderBy('sort_order')).firstOrFail()
}

/** 新建数据字典 (系统管理员), audited in the same transaction. */
export async function createDictionary(input: DictionaryInput & { name: string }, actor: AuditActor): Promise<FormDictionary> {
  return inTransaction(async (trx) => {
    if (await FormDictionary.query({ client: trx }).where('name', input.name).first()) throw fieldError('name', '字典名称已存在', 'unique')
    const dictionary = await FormDictionary.create({ name: input.name, title: input.title, description: input.description ?? null }, { client: trx })
    await replaceItems(dictionary, input.items, trx)
    await recordAudit(actor, { action: 'dictionary.create', outcome: 'success', targetType: 'dictionary', targetId: dictionary.name, detail: { items: input.items.length } }, trx)
    return loadWithItems(dictionary.id, trx)
  })
}

/** 修改数据字典: the next validation reads the new items. */
export async function updateDictionary(name: string, input: DictionaryInput, actor: AuditActor): Promise<FormDictionary> {
  return inTransaction(async (trx) => {
    const dictionary = await FormDictionary.query({ client: trx }).where('name', name).firstOrFail()
    dictionary.merge({ title: input.title, description: input.description ?? null })
    await dictionary.useTransaction(trx).save()
    await replaceItems(dictionary, input.items, trx)
    await recordAudit(actor, { action: 'dictionary.update', outcome: 'success', targetType: 'dictionary', targetId: name, detail: { items: input.items.map((i) => i.value) } }, trx)
    return loadWithItems(dictionary.id, trx)
  })
}

/** 删除数据字典. Records already stored keep their values; new submissions naming it fail validation. */
export async function deleteDictionary(name: string, actor: AuditActor): Promise<void> {
  await inTransaction(async (trx) => {
    const dictionary = await FormDictionary.query({ client: trx }).where('name', name).firstOrFail()
    await dictionary.useTransaction(trx).delete()
    await recordAudit(actor, { action: 'dictionary.delete', outcome: 'success', targetType: 'dictionary', targetId: name }, trx)
  })
}
