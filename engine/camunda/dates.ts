/** Camunda 7 REST dates: yyyy-MM-dd'T'HH:mm:ss.SSSZ, here always in UTC (+0000). */
export function formatDate(epochMs: number | null | undefined): string | null {
  if (epochMs === null || epochMs === undefined) return null
  return new Date(epochMs).toISOString().replace('Z', '+0000')
}

/** Reads a Camunda REST date ("…+0800", "…+08:00" or "…Z"). */
export function parseDate(text: string): number {
  return Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))
}
