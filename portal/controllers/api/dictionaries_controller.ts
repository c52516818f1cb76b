import type { HttpContext } from '@adonisjs/core/http'
import FormDictionary from '#models/form_dictionary'
import { createDictionaryValidator, updateDictionaryValidator } from '#validators/dictionaries'
import { createDictionary, deleteDictionary, updateDictionary } from '#actions/dictionaries/save_dictionary'
import { actorOf } from '#services/request_context'

/**
 * 数据字典 (企业类型, 隐患等级 …). Anyone signed in reads them (forms render
 * them); only the system administrator's `dictionary:write` edits them.
 */
export default class DictionariesController {
  async index() {
    return FormDictionary.query().preload('items', (q) => q.orderBy('sort_order')).orderBy('name')
  }

  async show({ params }: HttpContext) {
    return FormDictionary.query().where('name', params.name).preload('items', (q) => q.orderBy('sort_order')).firstOrFail()
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(createDictionaryValidator)
    return ctx.response.created(await createDictionary(body, actorOf(ctx)))
  }

  async update(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(updateDictionaryValidator)
    return updateDictionary(ctx.params.name, body, actorOf(ctx))
  }

  async destroy(ctx: HttpContext) {
    await deleteDictionary(ctx.params.name, actorOf(ctx))
    return ctx.response.noContent()
  }
}
