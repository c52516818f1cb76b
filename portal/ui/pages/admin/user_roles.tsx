import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Button, Checkbox, Input, Modal, Space, Table, Tag, Typography, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { api } from '~/inbox/api'
import type { PageProps } from '~/types'

interface DirectoryUser {
  id: number
  username: string
  fullName: string
  organizationName: string
  isActive: boolean
  roles: string[]
}

interface Role {
  code: string
  name: string
  isBuiltin: boolean
}

/**
 * 用户角色 (安全管理员): find a user and set the roles they hold. The server
 * refuses a set spanning two administrator duties, and grants to oneself.
 */
export default function UserRoles({ q, users, roles }: PageProps<{ q: string; users: DirectoryUser[]; roles: Role[] }>) {
  const [editing, setEditing] = useState<DirectoryUser | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const nameOf = (code: string) => roles.find((role) => role.code === code)?.name ?? code

  function open(user: DirectoryUser) {
    setEditing(user)
    setChosen(user.roles)
    setError(null)
  }

  async function save() {
    setBusy(true)
    try {
      await api(`/api/users/${editing!.id}/roles`, { method: 'PUT', body: { roles: chosen } })
      message.success(`已更新 ${editing!.fullName} 的角色`)
      setEditing(null)
      router.reload({ only: ['users'] })
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AppLayout title="用户角色" breadcrumbs={[{ title: '用户角色' }]}>
      <Input.Search
        defaultValue={q}
        allowClear
        enterButton="查找"
        placeholder="用户名或姓名"
        style={{ maxWidth: 360, marginBottom: 12 }}
        onSearch={(value) => router.get('/admin/user-roles', value ? { q: value } : {}, { preserveState: true })}
        data-testid="user-search"
      />
      <Table<DirectoryUser>
        rowKey="id"
        dataSource={users}
        pagination={false}
        data-testid="user-table"
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'fullName', render: (name: string, user) => <Space>{name}{!user.isActive && <Tag>已停用</Tag>}</Space> },
          { title: '单位', dataIndex: 'organizationName' },
          { title: '角色', dataIndex: 'roles', render: (codes: string[]) => codes.map((code) => <Tag key={code}>{nameOf(code)}</Tag>) },
          {
            title: '操作',
            render: (_, user) => (
              <Button type="link" size="small" onClick={() => open(user)} data-testid={`user-assign-${user.username}`}>
                分配角色
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={`分配角色：${editing?.fullName ?? ''}（${editing?.username ?? ''}）`}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onOk={save}
        onCancel={() => setEditing(null)}
        okButtonProps={{ 'data-testid': 'user-roles-save' } as never}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="user-roles-error" />}
        <Checkbox.Group value={chosen} onChange={(values) => setChosen(values as string[])} style={{ width: '100%' }}>
          <Space direction="vertical">
            {roles.map((role) => (
              <Checkbox key={role.code} value={role.code} data-testid={`user-role-${role.code}`}>
                {role.name} <Typography.Text type="secondary">{role.code}</Typography.Text>
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Modal>
    </AppLayout>
  )
}
