import type { ProcessModel } from './process_model.js'

/** True when a token at `fromId` can still arrive at `targetId` along sequence flows (boundary events included). */
export function canReach(model: ProcessModel, fromId: string, targetId: string): boolean {
  const seen = new Set<string>()
  const stack = [fromId]
  while (stack.length) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    const element = model.elements.get(id)
    if (!element) continue
    for (const next of [...element.outgoing.map((f) => model.flows.get(f)!.targetId), ...element.boundaryIds]) {
      if (next === targetId) return true
      stack.push(next)
    }
  }
  return false
}
