/**
 * A task's candidate users and groups are stored as comma-separated text
 * (`camunda:candidateGroups="supervisors, chiefs"` as resolved at creation).
 * These read and write that form.
 */
export function readCandidates(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
}

/** The column's text for a list; an empty list is NULL. */
export function writeCandidates(entries: readonly string[]): string | null {
  return entries.length > 0 ? entries.join(',') : null
}
