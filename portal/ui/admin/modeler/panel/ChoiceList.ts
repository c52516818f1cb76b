import { h } from '@bpmn-io/properties-panel/preact'

export interface Choice {
  value: string
  label: string
}

interface Props {
  id: string
  label: string
  choices: Choice[]
  selected: string[]
  onChange: (selected: string[]) => void
  description?: string
}

/**
 * A labelled group of checkboxes for a comma-separated attribute (candidate
 * groups, actions). Values the choices do not know are kept, shown last, so
 * editing never drops what a model already says.
 */
export function ChoiceList({ id, label, choices, selected, onChange, description }: Props) {
  const known = new Set(choices.map((choice) => choice.value))
  const all = [...choices, ...selected.filter((value) => !known.has(value)).map((value) => ({ value, label: `${value}（未知）` }))]
  const toggle = (value: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(value)
    else next.delete(value)
    onChange(all.map((choice) => choice.value).filter((v) => next.has(v)))
  }
  const labelId = `zhian-${id}-label`
  return h(
    'div',
    { 'class': 'bio-properties-panel-entry zhian-choice-list', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-label', id: labelId }, label),
    h(
      'div',
      { 'role': 'group', 'aria-labelledby': labelId, 'class': 'zhian-choices' },
      all.map((choice) =>
        h(
          'label',
          { key: choice.value, class: 'zhian-choice' },
          h('input', {
            'type': 'checkbox',
            'checked': selected.includes(choice.value),
            'data-value': choice.value,
            'onChange': (event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked),
          }),
          choice.label
        )
      )
    ),
    description && h('div', { class: 'bio-properties-panel-description' }, description)
  )
}

/** "a, b ,c" → ["a", "b", "c"] */
export const splitList = (text: string | undefined): string[] => (text ?? '').split(',').map((part) => part.trim()).filter(Boolean)
