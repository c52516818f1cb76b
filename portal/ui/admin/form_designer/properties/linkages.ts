/** 何时显示 / 何时必须填写: one comparison with another field, written in the dialect's linkage form. */
import type { Field } from '@formily/core'
import { readLinkages, writeLinkages, type Condition, type Linkages } from '../linkage'
import { titleOf, type DesignNode } from '../model'
import { allNodes, dataPath, tableOf } from '../tree'
import type { PanelContext, Property } from './types'
import { withKey } from './schema_edit'

/** A field a condition may depend on: its reference (`kind`, or `.kind` in the same row) and the values it can take. */
export interface Candidate {
  readonly ref: string
  readonly label: string
  readonly type: unknown
  readonly options?: readonly { label: string; value: string }[]
}

const COMPARABLE = new Set(['string', 'number', 'boolean'])

function optionsOf(node: DesignNode, ctx: PanelContext): Candidate['options'] {
  const schema = node.schema
  if (schema.type === 'boolean') return [{ label: '是（开）', value: 'true' }, { label: '否（关）', value: 'false' }]
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((choice) => (typeof choice === 'object' && choice !== null ? { label: String(choice.label ?? choice.value), value: String(choice.value) } : { label: String(choice), value: String(choice) }))
  }
  const dictionary = (schema['x-data-source'] as { dictionary?: string } | undefined)?.dictionary
  return dictionary ? ctx.dictionaries.find((d) => d.name === dictionary)?.items.map(({ value, label }) => ({ label, value })) : undefined
}

/** Fields outside tables by data path, and in a table row the row's other fields as `.key`; never the node itself or its own children. */
export function dependencyCandidates(ctx: PanelContext): Candidate[] {
  const self = ctx.located.node
  const ownTable = tableOf(ctx.located)
  return allNodes(ctx.design.nodes).flatMap((entry) => {
    const { node, ancestors } = entry
    if (node.kind !== 'field' || node.id === self.id || ancestors.some((a) => a.id === self.id) || !COMPARABLE.has(node.schema.type as string)) return []
    const table = tableOf(entry)
    if (table && table.id !== ownTable?.id) return []
    const ref = table ? `.${node.key}` : dataPath(entry)
    return [{ ref, label: `${titleOf(node)}（${ref}）`, type: node.schema.type, options: optionsOf(node, ctx) }]
  })
}

interface ConditionInput {
  dep?: string
  op?: Condition['op']
  value?: string
}

function toCondition(input: ConditionInput | undefined, candidates: readonly Candidate[]): Condition | undefined {
  const candidate = candidates.find((c) => c.ref === input?.dep)
  if (!candidate || input?.value === undefined || input.value === '') return undefined
  const value = candidate.type === 'number' ? Number(input.value) : candidate.type === 'boolean' ? input.value === 'true' : input.value
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined
  return { dep: candidate.ref, op: input.op ?? '===', value }
}

/** The value control follows the chosen field: its options when it has some, else free text. */
function followDependency(candidates: readonly Candidate[]) {
  return (field: Field) => {
    const candidate = candidates.find((c) => c.ref === field.query('.dep').value())
    field.visible = candidate !== undefined
    field.dataSource = candidate?.options ? [...candidate.options] : []
    field.setComponent(candidate?.options ? 'Select' : 'Input')
  }
}

export function conditionProperty(state: keyof Linkages, title: string, candidates: readonly Candidate[]): Property {
  const name = `${state}When`
  return {
    name,
    field: {
      type: 'object',
      title,
      'x-decorator': 'FormItem',
      'x-component': 'Space',
      'x-component-props': { wrap: true, 'data-testid': `condition-${state}` },
      properties: {
        dep: {
          type: 'string',
          'x-component': 'Select',
          enum: candidates.map((c) => ({ label: c.label, value: c.ref })),
          'x-component-props': { allowClear: true, placeholder: state === 'visible' ? '总是显示' : '不按条件', 'aria-label': `${title}：依据字段`, style: { minWidth: 200 } },
        },
        op: {
          type: 'string',
          'x-component': 'Select',
          enum: [
            { label: '等于', value: '===' },
            { label: '不等于', value: '!==' },
          ],
          'x-component-props': { 'aria-label': `${title}：比较`, style: { width: 96 } },
          'x-reactions': (field: Field) => {
            field.visible = Boolean(field.query('.dep').value())
          },
        },
        value: { type: 'string', 'x-component': 'Input', 'x-component-props': { 'aria-label': `${title}：值`, placeholder: '值', style: { minWidth: 120 } }, 'x-reactions': followDependency(candidates) },
      },
    },
    read: (node) => {
      const condition = readLinkages(node.schema['x-reactions'])?.[state]
      return condition ? { dep: condition.dep, op: condition.op, value: String(condition.value) } : { op: '===' }
    },
    write: (node, value) => {
      const linkages = { ...readLinkages(node.schema['x-reactions']), [state]: toCondition(value as ConditionInput, candidates) }
      return { ...node, schema: withKey(node.schema, 'x-reactions', writeLinkages(linkages)) }
    },
  }
}

/** Shown instead of the conditions when `x-reactions` is in a shape the designer does not write. */
export function foreignLinkageNote(node: DesignNode): Property {
  return {
    name: 'linkageNote',
    field: { type: 'void', 'x-component': 'Note', 'x-component-props': { text: `此字段的联动不是设计器的写法，按原样保留：${JSON.stringify(node.schema['x-reactions'])}` } },
    read: () => undefined,
  }
}
