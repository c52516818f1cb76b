import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FormDictionary from '#models/form_dictionary'
import { CITIES } from './liaoning.js'
import { ADJUSTED_WORKDAYS_2026, STATUTORY_HOLIDAYS_2026 } from './work_calendar.js'

interface DictionarySeed {
  name: string
  title: string
  description?: string
  items: readonly (readonly [value: string, label: string])[]
}

/**
 * The dictionaries the shipped schemas name (structure-type in
 * project-filing, construction-stage in site-inspection: their values are the
 * Chinese terms themselves) and the coded ones the API and later forms use;
 * codes follow the national tables (项目分类 PrjFunctionNum) and our
 * `project_parties.role`.
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
    name: 'structure-type',
    title: '结构类型',
    items: ['砖混结构', '框架结构', '框架-剪力墙结构', '剪力墙结构', '框架-核心筒结构', '筒体结构', '钢结构', '其他'].map((label) => [label, label] as const),
  },
  {
    name: 'construction-stage',
    title: '施工阶段',
    items: ['施工准备', '地基与基础', '主体结构', '装饰装修', '屋面工程', '安装工程', '竣工收尾'].map((label) => [label, label] as const),
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
    // the districts and counties whose stations take filings (GB/T 2260), named with their city
    name: 'administrative-region',
    title: '行政区划（区县）',
    items: CITIES.flatMap((city) => city.counties.map(([county, code]) => [code, `${city.name}${county}`] as const)),
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
  {
    // the work calendar (portal/services/work_calendar.ts) counts 工作日 deadlines with these two
    name: 'statutory-holidays',
    title: '法定节假日',
    description: '不上班的日期：编码写日期 YYYY-MM-DD（含假期中的周末），名称写节日；用于按工作日计算办理期限',
    items: STATUTORY_HOLIDAYS_2026,
  },
  {
    name: 'adjusted-workdays',
    title: '调休上班日',
    description: '调休上班的周末日期：编码写日期 YYYY-MM-DD；用于按工作日计算办理期限',
    items: ADJUSTED_WORKDAYS_2026,
  },
]

/**
 * Creates the dictionaries that do not exist yet. An existing one is the
 * administrator's: its items are never reset on start.
 */
export async function ensureDictionaries(trx: TransactionClientContract): Promise<void> {
  for (const seed of DICTIONARY_SEEDS) {
    if (await FormDictionary.query({ client: trx }).where('name', seed.name).first()) continue
    const dictionary = await FormDictionary.create({ name: seed.name, title: seed.title, description: seed.description ?? null }, { client: trx })
    await dictionary.related('items').createMany(seed.items.map(([value, label], index) => ({ value, label, sortOrder: index + 1, isEnabled: true })))
  }
}
