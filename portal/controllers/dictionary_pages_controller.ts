import type { HttpContext } from '@adonisjs/core/http'
import { dictionaryList } from '#services/admin/dictionary_list'

/** 数据字典 (系统管理员): every dictionary with its items. Edits go to /api/dictionaries. */
export default class DictionaryPagesController {
  async index({ inertia }: HttpContext) {
    return inertia.render('admin/dictionaries', { dictionaries: await dictionaryList() })
  }
}
