import { useState } from 'react'
import { Button, Table, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { DictionaryEditor, type Dictionary, type Item } from '~/admin/DictionaryEditor'
import type { PageProps } from '~/types'

/**
 * 数据字典 (系统管理员): the lists forms choose from (企业类型, 隐患等级 …).
 * An item's code is what records store; a disabled item stays for old
 * records but new ones cannot choose it. Order is the display order.
 */
export default function Dictionaries({ dictionaries }: PageProps<{ dictionaries: Dictionary[] }>) {
  const [editing, setEditing] = useState<Dictionary | 'new' | null>(null)

  return (
    <AppLayout
      title="数据字典"
      breadcrumbs={[{ title: '数据字典' }]}
      extra={
        <Button type="primary" onClick={() => setEditing('new')} data-testid="dictionary-new">
          新建字典
        </Button>
      }
    >
      <Table<Dictionary>
        rowKey="name"
        dataSource={dictionaries}
        pagination={false}
        data-testid="dictionary-table"
        columns={[
          { title: '字典', dataIndex: 'title' },
          { title: '标识（表单 x-data-source）', dataIndex: 'name', render: (name: string) => <Typography.Text code>{name}</Typography.Text> },
          { title: '项目', dataIndex: 'items', render: (items: Item[]) => `${items.filter((i) => i.isEnabled).length} 项启用${items.some((i) => !i.isEnabled) ? `，${items.filter((i) => !i.isEnabled).length} 项停用` : ''}` },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          {
            title: '操作',
            render: (_, dictionary) => (
              <Button type="link" size="small" onClick={() => setEditing(dictionary)} data-testid={`dictionary-edit-${dictionary.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      {editing && <DictionaryEditor dictionary={editing} onClose={() => setEditing(null)} />}
    </AppLayout>
  )
}
