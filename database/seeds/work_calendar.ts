/**
 * The State Council's 2026 holiday schedule (国务院办公厅关于2026年部分节假日安排的通知,
 * 2025-11-04), as the two dictionaries the work calendar reads: every date
 * off, weekends inside a holiday included, and the weekend dates worked in
 * exchange (调休上班). Later years are added on the 数据字典 page when published.
 */

type Item = readonly [value: string, label: string]

/** Each date from `first` to `last` (inclusive, same month), labelled with the holiday. */
function span(first: string, last: string, label: string): Item[] {
  const [year, month, from] = first.split('-')
  const to = Number(last.split('-')[2])
  return Array.from({ length: to - Number(from) + 1 }, (_, i) => [`${year}-${month}-${String(Number(from) + i).padStart(2, '0')}`, label] as const)
}

export const STATUTORY_HOLIDAYS_2026: readonly Item[] = [
  ...span('2026-01-01', '2026-01-03', '元旦'),
  ...span('2026-02-15', '2026-02-23', '春节'),
  ...span('2026-04-04', '2026-04-06', '清明节'),
  ...span('2026-05-01', '2026-05-05', '劳动节'),
  ...span('2026-06-19', '2026-06-21', '端午节'),
  ...span('2026-09-25', '2026-09-27', '中秋节'),
  ...span('2026-10-01', '2026-10-07', '国庆节'),
]

export const ADJUSTED_WORKDAYS_2026: readonly Item[] = [
  ['2026-01-04', '元旦调休上班（周日）'],
  ['2026-02-14', '春节调休上班（周六）'],
  ['2026-02-28', '春节调休上班（周六）'],
  ['2026-05-09', '劳动节调休上班（周六）'],
  ['2026-09-20', '国庆节调休上班（周日）'],
  ['2026-10-10', '国庆节调休上班（周六）'],
]
