import { h } from '@bpmn-io/properties-panel/preact'
import { useState } from '@bpmn-io/properties-panel/preact/hooks'
import { FILE_NAME } from '../draft_store'

interface Props {
  id: string
  /** 表单 or 模板: the button reads 新建<noun> */
  noun: string
  existing: string[]
  /** stores the new files; rejects with a Chinese message */
  create: (name: string, title: string) => Promise<void>
}

/** "新建表单 / 新建模板": a name (the file name) and a Chinese title, inline in the panel. */
export function NewFileForm({ id, noun, existing, create }: Props) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!open) return h('button', { 'type': 'button', 'class': 'zhian-link', 'data-action': `${id}-new`, 'onClick': () => setOpen(true) }, `新建${noun}`)

  const submit = async () => {
    if (!FILE_NAME.test(name)) return setError('名称只能由小写字母、数字和连字符组成，如 site-check')
    if (existing.includes(name)) return setError(`已有名为 ${name} 的${noun}`)
    if (!title.trim()) return setError('请填写标题')
    setBusy(true)
    try {
      await create(name, title.trim())
      setOpen(false)
      setName('')
      setTitle('')
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const field = (label: string, value: string, set: (v: string) => void, placeholder: string) =>
    h(
      'label',
      { class: 'zhian-new-file-field' },
      label,
      h('input', { class: 'bio-properties-panel-input', value, placeholder, onInput: (event: Event) => set((event.target as HTMLInputElement).value) })
    )
  return h(
    'div',
    { 'class': 'zhian-new-file', 'data-entry-id': `${id}-new` },
    field(`${noun}名称`, name, setName, '英文小写，如 site-check'),
    field(`${noun}标题`, title, setTitle, '如 现场检查记录'),
    error && h('div', { class: 'bio-properties-panel-error' }, error),
    h(
      'div',
      { class: 'zhian-new-file-buttons' },
      h('button', { type: 'button', class: 'zhian-button', disabled: busy, onClick: submit }, busy ? '创建中…' : '创建'),
      h('button', { type: 'button', class: 'zhian-link', onClick: () => setOpen(false) }, '取消')
    )
  )
}
