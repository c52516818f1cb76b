/**
 * A small map whose entries expire after a time to live, measured on the
 * wall clock (process uptime), and which forgets its oldest entries beyond
 * a size cap. A TTL of 0 disables it.
 */
export class TtlCache<K, V> {
  #entries = new Map<K, { value: V; expiresAt: number }>()

  constructor(
    public ttlMs: number,
    private maxEntries = 10_000
  ) {}

  get(key: K): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= performance.now()) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: K, value: V): void {
    if (this.ttlMs <= 0) return
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as K)
    this.#entries.set(key, { value, expiresAt: performance.now() + this.ttlMs })
  }

  delete(key: K): void {
    this.#entries.delete(key)
  }

  /** Drops every entry whose value matches. */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.#entries) if (matches(entry.value)) this.#entries.delete(key)
  }

  clear(): void {
    this.#entries.clear()
  }
}
