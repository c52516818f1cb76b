import type { ReactNode } from 'react'
import { connect, mapProps, observer, RecursionField, useField, useFieldSchema } from '@formily/react'
import type { ArrayField, Field } from '@formily/core'
import { Button, Card, DatePicker, Input, List, Selector, Switch, TextArea } from 'antd-mobile'
import dayjs from 'dayjs'
import { useState } from 'react'
import { domainComponents } from './pc_components'
import { LocationPicker } from './domain/inputs'
import { DictionarySelect, OrganizationPicker, ProjectPicker, UserPicker } from './domain/remote_selects'
import { withDictionaryOptions } from './domain/dictionary_options'

/**
 * The phone component map: the same schema through antd-mobile. formily has
 * no official adapter (formily#3150), so each component is wrapped with
 * connect/mapProps here. Code inputs become plain inputs (the server checks them).
 */
type Choice = { label: string; value: string | number | boolean }

/** FormItem → a list row: title, red star when required, the first error under the control. */
const FormItem = observer(({ children }: { children?: ReactNode }) => {
  const field = useField<Field>()
  const error = field.selfErrors?.[0]
  return (
    <List.Item
      title={<span>{field.title}{field.required && <span style={{ color: '#ff3141' }}> *</span>}</span>}
      description={error && <span style={{ color: '#ff3141' }} data-testid="mobile-error">{error}</span>}
    >
      {children}
    </List.Item>
  )
})

const text = mapProps((props: { value?: unknown }) => ({ ...props, value: props.value === undefined || props.value === null ? '' : String(props.value) }))
const MobileInput = Object.assign(connect(Input, text), { TextArea: connect(TextArea, text) })

/** Select and Radio.Group → Selector, whose value is always an array. */
const single = mapProps((props: { value?: unknown; onChange?: (v: unknown) => void }, field) => ({
  options: ((field as Field).dataSource ?? []) as Choice[],
  value: props.value === undefined || props.value === null ? [] : [props.value],
  onChange: (values: unknown[]) => props.onChange?.(values[0]),
}))
const multiple = mapProps((props: { value?: unknown[] }, field) => ({ options: ((field as Field).dataSource ?? []) as Choice[], value: props.value ?? [] }))
const SingleSelector = connect(Selector as never, single)
const MultiSelector = connect(Selector as never, multiple)

/** DatePicker → a wheel picker in a popup; the value stays `YYYY-MM-DD` as on PC. */
function MobileDate({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>{value || '选择日期'}</Button>
      <DatePicker visible={open} title="选择日期" value={value ? dayjs(value).toDate() : undefined} onClose={() => setOpen(false)} onConfirm={(date) => onChange?.(dayjs(date).format('YYYY-MM-DD'))} />
    </>
  )
}

/** NumberPicker → a numeric keyboard; the value stays a number. */
function NumberInput({ value, onChange }: { value?: number; onChange?: (v?: number) => void }) {
  return <Input type="number" value={value === undefined || value === null ? '' : String(value)} onChange={(v) => onChange?.(v === '' ? undefined : Number(v))} />
}

/** ArrayTable → one card per row; the row's columns render at the same addresses as on PC (items.0.x), so linkages hold. */
const MobileArray = Object.assign(
  observer(() => {
    const field = useField<ArrayField>()
    const schema = useFieldSchema()
    const rows = Array.isArray(field.value) ? field.value : []
    return (
      <div data-testid="mobile-array">
        {rows.map((_, index) => (
          <Card key={index} title={`${field.title ?? ''} 第 ${index + 1} 项`} extra={<Button size="mini" color="danger" fill="none" onClick={() => field.remove(index)}>删除</Button>} style={{ marginBottom: 8, border: '1px solid #eee' }}>
            <RecursionField schema={schema.items as never} name={index} onlyRenderProperties />
          </Card>
        ))}
        <Button block size="small" onClick={() => field.push({})}>添加一项</Button>
      </div>
    )
  }),
  {
    // the column title is the row field's label on a phone (on PC it heads the table column)
    Column: ({ title, children }: { title?: string; children?: ReactNode }) => (
      <div>
        <div style={{ fontSize: 13, color: '#666', paddingTop: 8 }}>{title}</div>
        {children}
      </div>
    ),
    Remove: () => null,
    Addition: () => null,
    Index: () => null,
    SortHandle: () => null,
  }
)

const Layout = ({ children }: { children?: ReactNode }) => <List mode="card">{children}</List>
/** A phone shows one field per row: a grid column is only its content. */
const GridColumn = ({ children }: { children?: ReactNode }) => <>{children}</>
/** 分组: its title heads the list of its fields. */
const Section = observer(({ children }: { children?: ReactNode }) => {
  const field = useField()
  return (
    <List mode="card" header={field.title} data-testid="mobile-section">
      {children}
    </List>
  )
})

export const mobileComponents = {
  FormItem,
  FormGrid: Object.assign((props: { children?: ReactNode }) => <Layout {...props} />, { GridColumn }),
  FormLayout: Layout,
  FormSection: Section,
  Input: MobileInput,
  NumberPicker: NumberInput,
  Select: withDictionaryOptions(SingleSelector),
  Radio: { Group: withDictionaryOptions(SingleSelector) },
  Checkbox: { Group: withDictionaryOptions(MultiSelector) },
  Switch: connect(Switch, mapProps({ value: 'checked' })),
  DatePicker: MobileDate,
  TimePicker: MobileInput,
  ArrayTable: MobileArray,
  CreditCodeInput: MobileInput,
  IdNumberInput: MobileInput,
  MobileInput: MobileInput,
  // antd's searchable selects and number inputs work on a touch screen as they are
  ProjectPicker,
  OrganizationPicker,
  UserPicker,
  DictionarySelect,
  LocationPicker,
  ...domainComponents,
}
