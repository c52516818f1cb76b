import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Button, Input, InputNumber, Modal, Space, Switch, Table, Typography, message } from 'antd'
import { api, ApiError } from '~/inbox/api'

/** One item: its code (the stored value), label, place and whether new records may choose it. */
export interface Item {
  value: string
  label: string
  sortOrder: number
  isEnabled: boolean
}

/** A dictionary with its items, as the page lists it. */
export interface Dictionary {
  name: string
  title: string
  description: string | null
  items: Item[]
}

/** What the editor holds: the dictionary (a new one has no name yet on the server) and its rows with a local key. */
interface Draft {
  isNew: boolean
  name: string
  title: string
  description: string
  rows: (Item & { key: number })[]
}

let nextKey = 1

/** The API's field paths (`items.2.value`) in words the administrator reads. */
function describe(errors: ApiError['errors'], rows: Draft['rows']): string[] {
  return errors.map((e) => {
    const at = /^items\.(\d+)\.(\w+)$/.exec(e.field ?? e.path ?? '')
    return at ? `第 ${Number(at[1]) + 1} 项（${rows[Number(at[1])]?.value || '空编码'}）：${e.message}` : e.message
  })
}

/**
 * 新建 / 编辑 a dictionary: title, description and its items (编码, 名称,
 * 排序, 启用), saved as one list in 排序 order. The API's refusals are listed
 * with the item they concern.
 */
export function DictionaryEditor({ dictionary, onClose }: { dictionary: Dictionary | 'new'; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(() =>
    dictionary === 'new'
      ? { isNew: true, name: '', title: '', description: '', rows: [] }
      : { isNew: false, name: dictionary.name, title: dictionary.title, description: dictionary.description ?? '', rows: dictionary.items.map((item) => ({ ...item, key: nextKey++ })) }
  )
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const change = (key: number, patch: Partial<Item>) => setDraft((d) => ({ ...d, rows: d.rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) }))
  const addRow = () => setDraft((d) => ({ ...d, rows: [...d.rows, { key: nextKey++, value: '', label: '', sortOrder: (d.rows.at(-1)?.sortOrder ?? 0) + 1, isEnabled: true }] }))
  const removeRow = (key: number) => setDraft((d) => ({ ...d, rows: d.rows.filter((row) => row.key !== key) }))

  async function save() {
    // the API keeps the list's order: sort by 排序 (stable for equal numbers)
    const rows = [...draft.rows].sort((a, b) => a.sortOrder - b.sortOrder)
    const body = { title: draft.title, description: draft.description || undefined, items: rows.map(({ value, label, isEnabled }) => ({ value, label, isEnabled })) }
    setBusy(true)
    try {
      if (draft.isNew) await api('/api/dictionaries', { method: 'POST', body: { ...body, name: draft.name } })
      else await api(`/api/dictionaries/${encodeURIComponent(draft.name)}`, { method: 'PUT', body })
      message.success(`字典「${draft.title}」已保存`)
      onClose()
      router.reload({ only: ['dictionaries'] })
    } catch (error) {
      const failure = error as ApiError
      setErrors(failure.errors?.length ? describe(failure.errors, rows) : [failure.message])
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={draft.isNew ? '新建字典' : `编辑字典：${draft.title}`}
      width={860}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'dictionary-save' } as never}
      destroyOnHidden
    >
        <Space direction="vertical" style={{ width: '100%' }}>
          {errors.length > 0 && <Alert type="error" showIcon message={errors.map((e) => <div key={e}>{e}</div>)} data-testid="dictionary-errors" />}
          <Space wrap>
            <Input addonBefore="标识" value={draft.name} disabled={!draft.isNew} placeholder="如 hazard-level" onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="dictionary-name" />
            <Input addonBefore="名称" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} data-testid="dictionary-title" />
          </Space>
          <Input addonBefore="说明" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          <Table<Draft['rows'][number]>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={draft.rows}
            data-testid="dictionary-items"
            columns={[
              { title: '编码', render: (_, row) => <Input value={row.value} onChange={(e) => change(row.key, { value: e.target.value })} data-testid="item-value" /> },
              { title: '名称', render: (_, row) => <Input value={row.label} onChange={(e) => change(row.key, { label: e.target.value })} data-testid="item-label" /> },
              { title: '排序', width: 90, render: (_, row) => <InputNumber value={row.sortOrder} onChange={(value) => change(row.key, { sortOrder: Number(value ?? 0) })} style={{ width: 70 }} data-testid="item-order" /> },
              { title: '启用', width: 70, render: (_, row) => <Switch checked={row.isEnabled} onChange={(checked) => change(row.key, { isEnabled: checked })} data-testid="item-enabled" /> },
              {
                title: '',
                width: 60,
                render: (_, row) => (
                  <Button type="link" danger size="small" onClick={() => removeRow(row.key)}>
                    删除
                  </Button>
                ),
              },
            ]}
          />
          <Space>
            <Button onClick={addRow} data-testid="dictionary-add-item">
              添加项
            </Button>
            <Typography.Text type="secondary">
              删除或停用一项后，新填的表单不能再选它；已存的记录保留原值。
            </Typography.Text>
          </Space>
        </Space>
    </Modal>
  )
}
