import { h } from '@bpmn-io/properties-panel/preact'
import { attributeOf, setAttributes } from '../model'
import { useModel, type EntryComponentProps } from './hooks'

type Unit = 'D' | 'H'

/** `P3D` → 3 days, `PT12H` → 12 hours; anything else (a date, an expression) is not a plain duration. */
function parseDuration(text: string | undefined): { amount: number; unit: Unit } | null {
  const match = /^P(?:(\d+)D|T(\d+)H)$/.exec(text ?? '')
  if (!match) return null
  return match[1] ? { amount: Number(match[1]), unit: 'D' } : { amount: Number(match[2]), unit: 'H' }
}

const formatDuration = (amount: number, unit: Unit) => (unit === 'D' ? `P${amount}D` : `PT${amount}H`)

interface Props extends EntryComponentProps {
  attribute: string
  label: string
  description: string
}

/**
 * A number and 天/小时, written as an ISO-8601 duration (`P3D`, `PT12H`),
 * counted from when the task opens. A value the picker cannot show (a date or
 * `${…}`) is named and can be cleared, never silently rewritten.
 */
function DurationPicker({ element, id, attribute, label, description }: Props) {
  const services = useModel()
  const current = attributeOf(element, attribute)
  const parsed = parseDuration(current)
  const inputId = `zhian-${id}`
  const write = (value: string | undefined) => setAttributes(element, { [attribute]: value }, services)
  const onAmount = (event: Event) => {
    const amount = Number.parseInt((event.target as HTMLInputElement).value, 10)
    write(Number.isInteger(amount) && amount > 0 ? formatDuration(amount, parsed?.unit ?? 'D') : undefined)
  }
  const onUnit = (event: Event) => {
    if (parsed) write(formatDuration(parsed.amount, (event.target as HTMLSelectElement).value as Unit))
  }
  return h(
    'div',
    { 'class': 'bio-properties-panel-entry zhian-duration', 'data-entry-id': id },
    h('label', { class: 'bio-properties-panel-label', for: inputId }, label),
    h(
      'div',
      { class: 'zhian-duration-row' },
      h('input', { id: inputId, class: 'bio-properties-panel-input', type: 'number', min: 1, step: 1, value: parsed ? String(parsed.amount) : '', placeholder: '不限', onChange: onAmount }),
      h(
        'select',
        { 'class': 'bio-properties-panel-input', 'aria-label': `${label}单位`, 'value': parsed?.unit ?? 'D', 'onChange': onUnit },
        h('option', { value: 'D' }, '天'),
        h('option', { value: 'H' }, '小时')
      )
    ),
    current && !parsed
      ? h('div', { class: 'bio-properties-panel-description' }, `当前值：${current}（不是天数或小时数）`, ' ', h('button', { type: 'button', class: 'zhian-link', onClick: () => write(undefined) }, '清除'))
      : h('div', { class: 'bio-properties-panel-description' }, description)
  )
}

/** 处理期限: `camunda:dueDate`; the inbox shows it and marks the task overdue after it. */
export function DueDateEntry(props: EntryComponentProps) {
  return h(DurationPicker, { ...props, attribute: 'camunda:dueDate', label: '处理期限', description: '从任务到达时起算；不填则不限期' })
}

/** 提醒: `camunda:followUpDate`, the task's follow-up time (Camunda's followUp; the engine stores it, nothing reminds yet). */
export function FollowUpEntry(props: EntryComponentProps) {
  return h(DurationPicker, { ...props, attribute: 'camunda:followUpDate', label: '提醒', description: '从任务到达时起算，记为任务的跟进时间（followUp）' })
}
