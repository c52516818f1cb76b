import type { Knex } from 'knex'

/** Camunda's paging query parameters; without them a list is whole, as in Camunda. */
export interface Page {
  firstResult?: number
  maxResults?: number
}

/** Applies a page in SQL. */
export function pageQuery(query: Knex.QueryBuilder, page: Page): Knex.QueryBuilder {
  if (page.firstResult) query.offset(page.firstResult)
  // MySQL has no OFFSET without LIMIT: "all rows" is the largest BIGINT
  if (page.maxResults !== undefined || page.firstResult) query.limit(page.maxResults ?? Number.MAX_SAFE_INTEGER)
  return query
}

/** Applies a page to rows filtered in memory. */
export function pageRows<Row>(rows: readonly Row[], page: Page): Row[] {
  const first = page.firstResult ?? 0
  return rows.slice(first, page.maxResults === undefined ? undefined : first + page.maxResults)
}

/** `count(*)` of a filtered query as a number (drivers return strings or numbers). */
export async function countOf(query: Knex.QueryBuilder): Promise<number> {
  const row = await query.clearSelect().clearOrder().count('* as n').first()
  return Number(row?.n ?? 0)
}
