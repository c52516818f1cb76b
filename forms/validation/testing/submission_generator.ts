/**
 * A seeded generator of submissions for the differential test: it starts
 * from a schema's valid sample and applies 0–4 random mutations — wrong
 * types, values outside enums, emptied required fields, bad codes, odd row
 * values, added/removed rows, undeclared keys, ArrayTable's index key, and
 * toggled linkage sources. It knows nothing about verdicts; formily decides.
 */
import type { FieldNode } from '../../schema/nodes.js'

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const JUNK: unknown[] = [
  '', null, 'abc', ' ', 0, -1, 3.5, 999999999, true, false, [], {}, ['x'], [null], [''], 'x'.repeat(600),
  '91110000600037341L', '91110000600037341M', '9111000060003734IL', '13800138000', '12800138000', '138001380001',
  '2026-210102-47-01-000123', '2026-990102-47-01-000123', '11010519491231002X', '110105194912310021', '110105491231002',
  '2026-11-24', '2026/11/24', 'not-a-date', '09:30', '25:99', 'a@b.cn', 'a@', 'JC2026112401', 'JC123', '210102202611240101',
  ['2026-12-01', '2028-06-30'], ['2026-12-01'], [1, 2], [{ id: 'u1', name: 'a.pdf' }], [{ id: '', name: 'a.pdf' }],
  [{ name: 'no-id.pdf' }], { lat: 41.8, lng: 123.4 }, { lat: 91, lng: 0 }, { lat: '41', lng: 123 }, '是', '否', '合格', '不合格',
]

function leaves(nodes: ReadonlyArray<FieldNode>, into: FieldNode[] = []): FieldNode[] {
  for (const node of nodes) {
    into.push(node)
    if (node.children) leaves(node.children, into)
  }
  return into
}

type Container = Record<string, unknown>
const isPlainObject = (value: unknown): value is Container => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Finds (creating objects as needed) the container of a field pattern, choosing a random existing row for `*`. */
function containerOf(root: Container, pattern: string, random: () => number): { parent: Container; key: string } | undefined {
  const segments = pattern.split('.')
  let current: unknown = root
  for (const segment of segments.slice(0, -1)) {
    if (segment === '*') {
      if (!Array.isArray(current) || current.length === 0) return undefined
      current = current[Math.floor(random() * current.length)]
    } else {
      if (!isPlainObject(current)) return undefined
      if (current[segment] === undefined) current[segment] = segments[segments.indexOf(segment) + 1] === '*' ? [] : {}
      current = current[segment]
    }
  }
  return isPlainObject(current) ? { parent: current, key: segments[segments.length - 1] } : undefined
}

/** Yields `count` submissions derived from `sample`, reproducibly for a given seed. */
export function* generateSubmissions(input: { seed: number; fields: ReadonlyArray<FieldNode>; sample: object; count: number }) {
  const random = seededRandom(input.seed)
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(random() * list.length)]
  const all = leaves(input.fields)
  const linkageSources = all.filter((f) => f.enumValues)
  const tables = all.filter((f) => f.kind === 'rows')
  for (let n = 0; n < input.count; n++) {
    const data = structuredClone(input.sample) as Container
    const mutations = Math.floor(random() * 5)
    for (let m = 0; m < mutations; m++) {
      const choice = random()
      if (choice < 0.45) {
        const field = pick(all)
        const at = containerOf(data, field.pattern, random)
        const pool = field.enumValues && random() < 0.4 ? field.enumValues : JUNK
        if (at) at.parent[at.key] = structuredClone(pick(pool))
      } else if (choice < 0.6) {
        const at = containerOf(data, pick(all).pattern, random)
        if (at) delete at.parent[at.key]
      } else if (choice < 0.75) {
        const field = pick(linkageSources)
        const at = containerOf(data, field.pattern, random)
        if (at) at.parent[at.key] = pick(field.enumValues!)
      } else if (choice < 0.9 && tables.length > 0) {
        const at = containerOf(data, pick(tables).pattern, random)
        const rows = at?.parent[at.key]
        if (!Array.isArray(rows)) continue
        const action = random()
        if (action < 0.35 && rows.length > 0) rows.splice(Math.floor(random() * rows.length), 1)
        else if (action < 0.7) rows.push(rows.length > 0 && random() < 0.7 ? structuredClone(pick(rows)) : {})
        else if (action < 0.85) rows.push(pick(['row', 7, null, []]))
        else rows.forEach((row, i) => isPlainObject(row) && (row.__DO_NOT_USE_THIS_PROPERTY_index__ = i))
      } else {
        const target = random() < 0.5 ? data : (containerOf(data, pick(all).pattern, random)?.parent ?? data)
        target[pick(['extra', 'isAdmin', 'note_' + n, '__DO_NOT_USE_THIS_PROPERTY_index__'])] = pick(JUNK)
      }
    }
    yield data
  }
}
