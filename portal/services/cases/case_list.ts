import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'
import { casesQuery, toCaseRows, type CaseFilters, type CaseRow } from './case_query.js'

export interface CaseListPage {
  meta: { total: number; perPage: number; currentPage: number; lastPage: number }
  data: CaseRow[]
  /** the processes of the caller's cases, for the filter */
  processes: { key: string; name: string }[]
}

/** The processes the caller's cases belong to, for the list's filter. */
async function processesOf(access: Access): Promise<{ key: string; name: string }[]> {
  const rows = await scopeCases(db.from('process_cases'), access)
    .leftJoin('engine_process_definitions', 'engine_process_definitions.id', 'process_cases.definition_id')
    .groupBy('process_cases.definition_key')
    .orderBy('process_cases.definition_key')
    .select('process_cases.definition_key as key')
    .max('engine_process_definitions.name as name')
  return rows.map((row) => ({ key: row.key, name: row.name ?? row.key }))
}

/** One page of the 办件 the caller may see, newest first. */
export async function listCases(access: Access, filters: CaseFilters & { page: number; perPage: number }): Promise<CaseListPage> {
  const query = casesQuery(access, filters)
  const [{ total }] = await query.clone().count('* as total')
  const data = await toCaseRows(query.orderBy('process_cases.id', 'desc').limit(filters.perPage).offset((filters.page - 1) * filters.perPage))
  return {
    meta: { total: Number(total), perPage: filters.perPage, currentPage: filters.page, lastPage: Math.max(1, Math.ceil(Number(total) / filters.perPage)) },
    data,
    processes: await processesOf(access),
  }
}
