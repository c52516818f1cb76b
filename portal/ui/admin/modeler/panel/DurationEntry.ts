import { h } from '@bpmn-io/properties-panel/preact'
import { attributeOf, setAttributes } from '../model'
import { useModel, type EntryComponentProps } from './hooks'

/** 天 and 小时 are ISO-8601 durations; 工作日 (WD) is the engine's work calendar, a bean call on Camunda. */
type Unit = 'D' | 'H' | 'WD'

/** The largest 工作日 count the engine takes (engine MAX_WORKING_DAYS). */
const MAX_WORKING_DAYS = 365
const WORKING_DAYS = /^\$\{\s*workCalendar\.dueIn\(\s*(\d+)\s*\)\s*\}$/

/**
 * `P3D` → 3 days, `PT12H` → 12 hours, `${workCalendar.dueIn(3)}` → 3 working
 * days; anything else (a date, another expression) is not a plain duration.
 */
function parseDuration(text: string | undefined): { amount: number; unit: Unit } | null {
  const workingDays = WORKING_DAYS.exec(text ?? '')
  if (workingDays) return { amount: Number(workingDays[1]), unit: 'WD' }
  const match = /^P(?:(\d+)D|T(\d+)H)$/.exec(text ?? '')
  if (!match) return null
  return match[1] ? { amount: Number(match[1]), unit: 'D' } : { amount: Number(match[2]), unit: 'H' }
}

function formatDuration(amount: number, unit: Unit): string {
  if (unit === 'WD') return `\${workCalendar.dueIn(${amount})}`
  return unit === 'D' ? `P${amount}D` : `PT${amount}H`
}

const WORKING_DAYS_HINT = '工作日：从任务到达次日起数，跳过周末和法定节假日、计入调休上班日（在“数据字典”中维护），到第 N 个工作日 24:00 止'

interface Props extends EntryComponentProps {
  attribute: string
  label: string
  description: string
}

/**
 * A number and 天/小时/工作日, written as an ISO-8601 duration (`P3D`,
 * `PT12H`) or as `${workCalendar.dueIn(3)}`, counted from when the task
 * opens. A value the picker cannot show (a date or another `${…}`) is named
 * and can be cleared, never silently rewritten.
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
      h('input', { id: inputId, class: 'bio-properties-panel-input', type: 'number', min: 1, max: parsed?.unit === 'WD' ? MAX_WORKING_DAYS : undefined, step: 1, value: parsed ? String(parsed.amount) : '', placeholder: '不限', onChange: onAmount }),
      h(
        'select',
        { 'class': 'bio-properties-panel-input', 'aria-label': `${label}单位`, 'value': parsed?.unit ?? 'D', 'onChange': onUnit },
        h('option', { value: 'D' }, '天'),
        h('option', { value: 'H' }, '小时'),
        h('option', { value: 'WD' }, '工作日')
      )
    ),
    current && !parsed
      ? h('div', { class: 'bio-properties-panel-description' }, `当前值：${current}（不是天数、小时数或工作日数）`, ' ', h('button', { type: 'button', class: 'zhian-link', onClick: () => write(undefined) }, '清除'))
      : h('div', { class: 'bio-properties-panel-description' }, parsed?.unit === 'WD' ? WORKING_DAYS_HINT : description)
  )
}

/** 处理期限: `camunda:dueDate`; the inbox shows it and marks the task overdue after it. */
export function DueDateEntry(props: EntryComponentProps) {
  return h(DurationPicker, { ...props, attribute: 'camunda:dueDate', label: '处理期限', description: '从任务到达时起算；不填则不限期' })
}

/** 提醒: `camunda:followUpDate`, the task's follow-up time (Camunda's followUp); once it passes, 待办 and the bell mark the task 提醒. */
export function FollowUpEntry(props: EntryComponentProps) {
  return h(DurationPicker, { ...props, attribute: 'camunda:followUpDate', label: '提醒', description: '从任务到达时起算，记为任务的跟进时间（followUp）' })
}
