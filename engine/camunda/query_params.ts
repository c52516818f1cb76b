import { BadRequestError } from '../errors.js'
import type { DateCondition } from '../query/job_query.js'
import { parseDate } from './dates.js'

/** A date query parameter, forgiving the '+' of "+0800" that URL decoding turned into a space. */
export function parseQueryDate(name: string, text: string): number {
  const at = parseDate(text.trim().replace(/ (\d\d:?\d\d)$/, '+$1'))
  if (Number.isNaN(at)) throw new BadRequestError(`Invalid ${name} format: cannot convert '${text}' to a date`)
  return at
}

/** Camunda's condition list for dates, `lt_2026-11-24T10:00:00.000+0800,gt_…` (ConditionListConverter), split at its commas. */
export function parseDateConditions(name: string, expressions: readonly string[]): DateCondition[] {
  return expressions.map((expression) => {
    const parts = expression.split('_')
    if (parts.length !== 2) throw new BadRequestError('condition query parameter has to have format OPERATOR_VALUE.')
    const [operator, value] = parts
    if (operator !== 'lt' && operator !== 'gt') throw new BadRequestError(`Invalid ${name} comparator specified: ${operator}`)
    return { operator, at: parseQueryDate(name, value) }
  })
}
