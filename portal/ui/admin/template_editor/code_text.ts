/** `text` with `inserted` in place of the selection; the caret goes after it. */
export function insertAt(text: string, selection: { start: number; end: number }, inserted: string): { text: string; caret: number } {
  return { text: text.slice(0, selection.start) + inserted + text.slice(selection.end), caret: selection.start + inserted.length }
}

/** The 1-based line and column of an offset, as the preview's errors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

/** The offset of a 1-based line and column (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n')
  const head = lines.slice(0, Math.max(0, line - 1)).reduce((sum, l) => sum + l.length + 1, 0)
  return Math.min(text.length, head + Math.max(0, column - 1))
}

/** `第 3 行第 5 列：…` → where a source error points. */
export function placeOf(message: string): { line: number; column: number } | undefined {
  const match = /^第 (\d+) 行第 (\d+) 列/.exec(message)
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined
}
