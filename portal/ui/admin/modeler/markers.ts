import type Modeler from 'bpmn-js/lib/Modeler'
import type Canvas from 'diagram-js/lib/core/Canvas'
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry'
import type Selection from 'diagram-js/lib/features/selection/Selection'
import type { DraftProblem } from './api'

/** The marker (modeler.css) on elements the last deploy refused or warned about. */
const MARKER = 'zhian-deploy-error'
const marked = new WeakMap<Modeler, string[]>()

/** Moves the red marker to the elements the findings name (those still in the diagram). */
export function markProblems(modeler: Modeler, problems: DraftProblem[]): void {
  const canvas = modeler.get<Canvas>('canvas')
  const registry = modeler.get<ElementRegistry>('elementRegistry')
  for (const id of marked.get(modeler) ?? []) if (registry.get(id)) canvas.removeMarker(id, MARKER)
  const ids = [...new Set(problems.flatMap((problem) => problem.elementId ?? []))].filter((id) => registry.get(id))
  for (const id of ids) canvas.addMarker(id, MARKER)
  marked.set(modeler, ids)
}

/** Selects an element (its properties open in the panel) and scrolls it into view. */
export function showElement(modeler: Modeler, id: string): void {
  const element = modeler.get<ElementRegistry>('elementRegistry').get(id)
  if (!element) return
  modeler.get<Selection>('selection').select(element)
  modeler.get<Canvas>('canvas').scrollToElement(element)
}
