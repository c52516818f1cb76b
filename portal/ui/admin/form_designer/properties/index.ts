/** Which properties the panel shows for a node: by its kind, its palette type's features and where it sits. */
import { fieldTypeOf } from '../field_types'
import { readLinkages } from '../linkage'
import { columnsOf } from '../model'
import { columnsProperty, descriptionProperty, gridSpanProperty, keyProperty, requiredProperty, titleProperty } from './basic'
import { conditionProperty, dependencyCandidates, foreignLinkageNote } from './linkages'
import { dictionaryProperty, optionProperties } from './options'
import { columnsNote, customValidatorNote, maxFilesProperty, maxLengthProperty, maximumProperty, maxRowsProperty, minimumProperty, minRowsProperty, patternEditable, patternMessageProperty, patternProperty } from './rules'
import type { PanelContext, Property } from './types'

export type { PanelContext, Property } from './types'

function featureProperties(ctx: PanelContext): Property[] {
  const node = ctx.located.node
  const features = fieldTypeOf(node.schema)?.features ?? []
  const properties: Property[] = []
  if (features.includes('text')) {
    properties.push(maxLengthProperty, ...(patternEditable(node.schema) ? [patternProperty, patternMessageProperty] : [customValidatorNote]))
  }
  if (features.includes('number')) properties.push(minimumProperty, maximumProperty)
  if (features.includes('options')) properties.push(...optionProperties(ctx))
  if (features.includes('dictionary')) properties.push(dictionaryProperty(ctx, true))
  if (features.includes('files')) properties.push(maxFilesProperty)
  if (features.includes('rows')) properties.push(minRowsProperty, maxRowsProperty, columnsNote)
  return properties
}

function linkageProperties(ctx: PanelContext, withRequired: boolean): Property[] {
  const node = ctx.located.node
  if (readLinkages(node.schema['x-reactions']) === null) return [foreignLinkageNote(node)]
  const candidates = dependencyCandidates(ctx)
  return [conditionProperty('visible', '何时显示', candidates), ...(withRequired ? [conditionProperty('required', '何时必须填写', candidates) ] : [])]
}

/** The panel's rows for the selected node, top to bottom. */
export function propertiesFor(ctx: PanelContext): Property[] {
  const { node, ancestors } = ctx.located
  const parent = ancestors.at(-1)
  const span = parent?.kind === 'grid' && columnsOf(parent) > 1 ? [gridSpanProperty(columnsOf(parent))] : []
  // a layout container takes a span only through its FormGrid.GridColumn wrapper (the designer adds one in a grid)
  const containerSpan = node.schema['x-decorator'] === 'FormGrid.GridColumn' ? span : []
  switch (node.kind) {
    case 'grid':
      return [keyProperty(ctx), columnsProperty, ...containerSpan]
    case 'section':
      return [keyProperty(ctx), titleProperty, ...containerSpan]
    case 'layout':
      return [keyProperty(ctx)]
    case 'group':
      return [keyProperty(ctx), titleProperty, descriptionProperty, ...span, ...linkageProperties(ctx, false)]
    case 'field':
    case 'table':
      return [keyProperty(ctx), titleProperty, requiredProperty, descriptionProperty, ...span, ...featureProperties(ctx), ...linkageProperties(ctx, true)]
    default:
      return []
  }
}
