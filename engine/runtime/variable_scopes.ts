import type { CommandContext } from '../context/command_context.js'
import { type TypedValue, type Variables, storedText, storedVariable } from './variables.js'

/**
 * The instance's variables by scope: the instance's own id for process-level
 * variables, an execution's id for its local ones (input parameters,
 * multi-instance counters). Loaded once per command, written through.
 */
export class VariableScopes {
  #scopes: Map<string, Map<string, TypedValue>> | null

  private constructor(
    private ctx: CommandContext,
    private instanceId: string,
    empty: boolean
  ) {
    this.#scopes = empty ? new Map() : null
  }

  static lazy(ctx: CommandContext, instanceId: string): VariableScopes {
    return new VariableScopes(ctx, instanceId, false)
  }

  static empty(ctx: CommandContext, instanceId: string): VariableScopes {
    return new VariableScopes(ctx, instanceId, true)
  }

  async #all(): Promise<Map<string, Map<string, TypedValue>>> {
    if (!this.#scopes) {
      const rows = await this.ctx.trx('engine_variables').where('process_instance_id', this.instanceId)
      this.#scopes = new Map()
      for (const row of rows) this.#scope(row.scope_id).set(row.name, storedVariable(row))
    }
    return this.#scopes
  }

  #scope(id: string): Map<string, TypedValue> {
    let scope = this.#scopes!.get(id)
    if (!scope) this.#scopes!.set(id, (scope = new Map()))
    return scope
  }

  /** The value visible along `chain` (innermost scope first), as Camunda resolves a name. */
  async lookup(chain: readonly string[]): Promise<{ has(name: string): boolean; get(name: string): TypedValue | undefined; all(): Map<string, TypedValue> }> {
    const scopes = await this.#all()
    const find = (name: string) => {
      for (const id of chain) {
        const value = scopes.get(id)?.get(name)
        if (value) return value
      }
      return undefined
    }
    return {
      has: (name) => find(name) !== undefined,
      get: find,
      all: () => {
        const visible = new Map<string, TypedValue>()
        for (const id of [...chain].reverse()) for (const [name, value] of scopes.get(id) ?? []) visible.set(name, value)
        return visible
      },
    }
  }

  /** Camunda's setVariable: updates the innermost scope along `chain` that has the name, else the process instance. */
  async set(chain: readonly string[], variables: Variables): Promise<void> {
    const scopes = await this.#all()
    for (const [name, typed] of Object.entries(variables)) {
      const owner = chain.find((id) => scopes.get(id)?.has(name)) ?? this.instanceId
      await this.setLocal(owner, { [name]: typed })
    }
  }

  /** Camunda's setVariableLocal: on exactly this scope. */
  async setLocal(scopeId: string, variables: Variables): Promise<void> {
    await this.#all()
    const scope = this.#scope(scopeId)
    for (const [name, typed] of Object.entries(variables)) {
      const stored = { type: typed.type, value: storedText(typed) }
      if (scope.has(name)) {
        await this.ctx.trx('engine_variables').where({ scope_id: scopeId, name }).update(stored)
      } else {
        await this.ctx.trx('engine_variables').insert({ process_instance_id: this.instanceId, scope_id: scopeId, name, ...stored })
      }
      scope.set(name, typed)
      // history keeps the latest value of every variable, also after a local one is dropped
      await this.ctx
        .trx('engine_hist_variables')
        .insert({ process_instance_id: this.instanceId, scope_id: scopeId, name, ...stored, created_at: this.ctx.now, updated_at: this.ctx.now })
        .onConflict(['scope_id', 'name'])
        .merge({ ...stored, updated_at: this.ctx.now })
    }
  }

  /** The variables of one scope (the process instance's own for its id). */
  async local(scopeId: string): Promise<Map<string, TypedValue>> {
    return (await this.#all()).get(scopeId) ?? new Map()
  }

  /**
   * Drops a scope's local variables when its execution leaves or is cancelled.
   * `possible: false` says the caller knows it can have none (a plain token at
   * an activity without input parameters): then nothing is read unless the
   * variables are loaded anyway.
   */
  async drop(scopeId: string, possible = true): Promise<void> {
    if (!this.#scopes && !possible) return
    const scopes = await this.#all()
    if (!scopes.get(scopeId)?.size) return
    await this.ctx.trx('engine_variables').where('scope_id', scopeId).delete()
    scopes.delete(scopeId)
  }
}
