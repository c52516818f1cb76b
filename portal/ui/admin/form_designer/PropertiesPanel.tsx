import { useMemo, useRef } from 'react'
import { createForm, onFieldInputValueChange, type Field } from '@formily/core'
import { createSchemaField, FormProvider } from '@formily/react'
import { toJS } from '@formily/reactive'
import type { ISchema } from '@formily/json-schema'
import { ArrayItems, FormItem, FormLayout, Input, NumberPicker, Radio, Select, Space, Switch } from '@formily/antd-v5'
import { Alert, Empty, Typography } from 'antd'
import type { Dictionary } from './api'
import type { DesignNode, FormDesign } from './model'
import { propertiesFor, type Property } from './properties'
import { MoveTo } from './MoveTo'
import { locate, parentIdOf, type Located } from './tree'

const Note = ({ text }: { text: string }) => <Alert type="info" showIcon message={text} style={{ marginBottom: 12 }} />

const PanelField = createSchemaField({ components: { ArrayItems, FormItem, Input, NumberPicker, Radio, Select, Space, Switch, Note } })

export interface PropertiesPanelProps {
  design: FormDesign
  selectedId: string | null
  dictionaries: readonly Dictionary[]
  /** a property other than the identifier was edited */
  onWrite: (id: string, property: Property, value: unknown, values: Record<string, unknown>) => void
  /** the identifier was edited and is valid */
  onRename: (id: string, key: string) => void
  /** 移到…: into another container (`null`: the form itself) */
  onMove: (id: string, targetId: string | null) => void
  /** what the last move of the selected node did besides moving */
  moveNotice?: readonly string[]
}

/** A node the designer does not edit: what it is, and that it is saved as it is. */
function OpaqueNode({ node }: { node: DesignNode }) {
  return (
    <>
      <Alert type="info" showIcon message="设计器不编辑此节点，保存时按原样保留。可以移动或删除它。" style={{ marginBottom: 12 }} />
      <Typography.Paragraph>
        <pre style={{ maxHeight: 360, overflow: 'auto', fontSize: 12 }}>{JSON.stringify(node.schema, null, 2)}</pre>
      </Typography.Paragraph>
    </>
  )
}

/**
 * The properties of one node as a formily form. It is built once per
 * selection; each edit writes only the property edited, through its
 * Property, after that property's own validators pass.
 */
function NodeForm({ design, located, dictionaries, onWrite, onRename }: Pick<PropertiesPanelProps, 'design' | 'dictionaries' | 'onWrite' | 'onRename'> & { located: Located }) {
  const handlers = useRef({ onWrite, onRename })
  handlers.current = { onWrite, onRename }
  const { form, schema } = useMemo(() => {
    const properties = propertiesFor({ design, located, dictionaries })
    const byName = new Map(properties.map((property) => [property.name, property]))
    const id = located.node.id
    const built = createForm({
      values: Object.fromEntries(properties.filter((p) => p.field.type !== 'void').map((p) => [p.name, p.read(located.node)])),
      effects() {
        onFieldInputValueChange('*', async (field) => {
          const name = String(field.path.segments[0])
          const property = byName.get(name)
          const top = built.query(name).take() as Field | undefined
          if (!property || !top) return
          await top.validate()
          if (top.selfErrors.length) return
          const values = toJS(built.values) as Record<string, unknown>
          if (name === 'key') handlers.current.onRename(id, values.key as string)
          else if (property.write) handlers.current.onWrite(id, property, values[name], values)
        })
      },
    })
    const panelSchema: ISchema = { type: 'object', properties: Object.fromEntries(properties.map((p) => [p.name, p.field])) }
    return { form: built, schema: panelSchema }
    // a new selection remounts this component (key = node id); the dictionaries arrive once, after the first render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dictionaries])
  return (
    <FormProvider form={form}>
      <FormLayout layout="vertical" colon={false}>
        <PanelField schema={schema} />
      </FormLayout>
    </FormProvider>
  )
}

/** 属性: the selected node's properties, itself a formily form. */
export function PropertiesPanel(props: PropertiesPanelProps) {
  const located = props.selectedId ? locate(props.design, props.selectedId) : undefined
  if (!located) return <Empty description="在字段列表中选择一个字段，或从组件面板添加" />
  const move = <MoveTo design={props.design} located={located} onMove={props.onMove} notice={props.moveNotice} />
  if (located.node.kind === 'opaque') return (<>{move}<OpaqueNode node={located.node} /></>)
  // a move changes what the panel offers (占用列数, the scope a key must be unique in): a new container builds it anew
  return (
    <>
      {move}
      <NodeForm key={`${located.node.id}@${parentIdOf(located) ?? ''}`} {...props} located={located} />
    </>
  )
}
