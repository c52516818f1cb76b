import type { CommandContext } from '../context/command_context.js'

/**
 * One execution of an instance. A `token` moves along sequence flows; when it
 * enters a sub-process it stays at it as that scope's execution and its
 * children run inside. A multi-instance activity is a `miBody` execution with
 * one `miInner` child per instance.
 */
export interface Execution {
  readonly id: string
  /** the scope execution it runs in; null: the process instance itself */
  parentId: string | null
  activityId: string
  kind: 'token' | 'miBody' | 'miInner'
  /** active: moving; waiting: at a wait state; joining: at a join; scope: waiting for its children; async: for its job */
  state: 'active' | 'waiting' | 'joining' | 'scope' | 'async'
  persisted: boolean
}

/**
 * The instance's executions, loaded once per command and written through to
 * `engine_executions`. New tokens live only in memory until they come to
 * rest, so a token passing start event → gateway → task costs one insert.
 */
export class ExecutionTree {
  #byId = new Map<string, Execution>()

  private constructor(
    private ctx: CommandContext,
    private instanceId: string
  ) {}

  static async load(ctx: CommandContext, instanceId: string): Promise<ExecutionTree> {
    const tree = new ExecutionTree(ctx, instanceId)
    const rows = await ctx.trx('engine_executions').where('process_instance_id', instanceId)
    for (const row of rows) {
      tree.#byId.set(row.id, { id: row.id, parentId: row.parent_id, activityId: row.activity_id, kind: row.kind, state: row.state, persisted: true })
    }
    return tree
  }

  static empty(ctx: CommandContext, instanceId: string): ExecutionTree {
    return new ExecutionTree(ctx, instanceId)
  }

  get(id: string): Execution | undefined {
    return this.#byId.get(id)
  }

  require(id: string): Execution {
    const execution = this.#byId.get(id)
    if (!execution) throw new Error(`Execution ${id} is not part of process instance ${this.instanceId}`)
    return execution
  }

  all(): Execution[] {
    return [...this.#byId.values()]
  }

  children(parentId: string | null): Execution[] {
    return this.all().filter((e) => e.parentId === parentId)
  }

  /** Every execution below `parentId`, deepest first, so they can be removed in order. */
  descendants(parentId: string): Execution[] {
    const out: Execution[] = []
    for (const child of this.children(parentId)) out.push(...this.descendants(child.id), child)
    return out
  }

  /** The scope ids from an execution up to the instance: where its variables are looked up. */
  scopeChain(id: string | null): string[] {
    const chain: string[] = []
    let current = id ? this.#byId.get(id) : undefined
    while (current) {
      chain.push(current.id)
      current = current.parentId ? this.#byId.get(current.parentId) : undefined
    }
    chain.push(this.instanceId)
    return chain
  }

  /** A new, not yet stored execution. */
  create(parentId: string | null, activityId: string, kind: Execution['kind'] = 'token'): Execution {
    const execution: Execution = { id: this.ctx.newId(), parentId, activityId, kind, state: 'active', persisted: false }
    this.#byId.set(execution.id, execution)
    return execution
  }

  /** Stores the execution's position and state, inserting it the first time. */
  async save(execution: Execution, changes: Partial<Pick<Execution, 'activityId' | 'state' | 'kind' | 'parentId'>> = {}): Promise<void> {
    Object.assign(execution, changes)
    const row = { activity_id: execution.activityId, state: execution.state, kind: execution.kind, parent_id: execution.parentId }
    if (execution.persisted) {
      await this.ctx.trx('engine_executions').where('id', execution.id).update(row)
    } else {
      await this.ctx.trx('engine_executions').insert({ id: execution.id, process_instance_id: this.instanceId, created_at: this.ctx.now, ...row })
      execution.persisted = true
    }
  }

  /** Moves an execution without storing it (it is stored when it comes to rest, or already is and gets updated). */
  async move(execution: Execution, activityId: string): Promise<void> {
    if (execution.persisted) await this.save(execution, { activityId, state: 'active' })
    else Object.assign(execution, { activityId, state: 'active' })
  }

  async remove(execution: Execution): Promise<void> {
    this.#byId.delete(execution.id)
    if (execution.persisted) await this.ctx.trx('engine_executions').where('id', execution.id).delete()
  }

  clear(): void {
    this.#byId.clear()
  }
}
