/**
 * A fixed number of reusable resources handed out one at a time; callers
 * beyond the size wait in order. A resource that failed is replaced, not
 * returned, so a crashed renderer never serves the next document.
 */
export class Pool<T> {
  #idle: T[] = []
  #waiting: Array<{ resolve: (item: T) => void; reject: (error: unknown) => void }> = []
  #created = 0
  #size: number
  #create: () => Promise<T>
  #destroy: (item: T) => Promise<void>

  constructor(options: { size: number; create: () => Promise<T>; destroy: (item: T) => Promise<void> }) {
    if (!(options.size >= 1)) throw new RangeError(`pool size must be at least 1: ${options.size}`)
    this.#size = options.size
    this.#create = options.create
    this.#destroy = options.destroy
  }

  get size(): number {
    return this.#size
  }

  /** Runs `work` with a resource; a throw from `work` discards that resource. */
  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item = await this.#acquire()
    let healthy = false
    try {
      const result = await work(item)
      healthy = true
      return result
    } finally {
      if (healthy) this.#release(item)
      else await this.#discard(item)
    }
  }

  async #acquire(): Promise<T> {
    const idle = this.#idle.pop()
    if (idle !== undefined) return idle
    if (this.#created < this.#size) {
      this.#created++
      try {
        return await this.#create()
      } catch (error) {
        this.#created--
        throw error
      }
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }))
  }

  #release(item: T): void {
    const next = this.#waiting.shift()
    if (next) next.resolve(item)
    else this.#idle.push(item)
  }

  async #discard(item: T): Promise<void> {
    this.#created--
    await this.#destroy(item).catch(() => {})
    const next = this.#waiting.shift()
    if (!next) return
    // the waiter gets a fresh resource in the freed slot
    this.#created++
    this.#create().then(next.resolve, (error: unknown) => {
      this.#created--
      next.reject(error)
    })
  }

  /** Forgets every resource (the browser that owned them is gone). */
  drain(): T[] {
    const idle = this.#idle
    this.#idle = []
    // pages in use are counted down as they fail and are discarded
    this.#created -= idle.length
    return idle
  }
}
