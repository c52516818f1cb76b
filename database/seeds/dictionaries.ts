import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FormDictionary from '#models/form_dictionary'

interface DictionarySeed {
  name: string
  title: string
  items: readonly (readonly [value: string, label: string])[]
}

/**
 * The dictionaries the shipped schemas name. Codes follow the national
 * tables where one exists (项目分类 PrjFunctionNum; 参建单位 as our
 * `project_parties.role`).
 */
export const DICTIONARY_SEEDS: readonly DictionarySeed[] = [
  {
    name: 'enterprise-type',
    title: '企业类型',
    items: [
      ['owner', '建设单位'],
      ['surveyor', '勘察单位'],
      ['designer', '设计单位'],
      ['contractor', '施工单位'],
      ['supervising_engineer', '监理单位'],
      ['testing_agency', '检测机构'],
      ['crane_installer', '起重机械安装单位'],
      ['crane_testing_agency', '起重机械检测机构'],
      ['prefabrication', '预制构件生产单位'],
      ['concrete', '预拌混凝土生产单位'],
    ],
  },
  {
    name: 'hazard-level',
    title: '隐患等级',
    items: [
      ['general', '一般隐患'],
      ['major', '重大隐患'],
    ],
  },
  {
    name: 'project-category',
    title: '工程类别',
    items: [
      ['01', '房屋建筑工程'],
      ['02', '市政基础设施工程'],
      ['99', '其他'],
    ],
  },
]

/**
 * Creates the dictionaries that do not exist yet. An existing one is the
 * administrator's: its items are never reset on start.
 */
export async function ensureDictionaries(trx: TransactionClientContract): Promise<void> {
  for (const seed of DICTIONARY_SEEDS) {
    if (await FormDictionary.query({ client: trx }).where('name', seed.name).first()) continue
    const dictionary = await FormDictionary.create({ name: seed.name, title: seed.title }, { client: trx })
    await dictionary.related('items').createMany(seed.items.map(([value, label], index) => ({ value, label, sortOrder: index + 1, isEnabled: true })))
  }
}
