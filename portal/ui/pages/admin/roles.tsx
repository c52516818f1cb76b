import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Button, Popconfirm, Space, Table, Tag, Typography, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { api } from '~/inbox/api'
import { RoleEditor, SCOPES, type Permission, type Role } from '~/admin/RoleEditor'
import type { PageProps } from '~/types'

const scopeLabel = (scope: string) => SCOPES.find((s) => s.value === scope)?.label ?? scope

/**
 * 角色与权限 (安全管理员): roles are data. A role's code is also the
 * candidate group BPMN tasks and starters name, so granting a role puts the
 * user in that group.
 */
export default function Roles({ roles, catalogue }: PageProps<{ roles: Role[]; catalogue: Permission[] }>) {
  const [editing, setEditing] = useState<Role | 'new' | null>(null)

  async function remove(role: Role) {
    try {
      await api(`/api/roles/${role.id}`, { method: 'DELETE' })
      message.success(`已删除角色 ${role.name}`)
      router.reload({ only: ['roles'] })
    } catch (error) {
      message.error((error as Error).message)
    }
  }

  return (
    <AppLayout
      title="角色与权限"
      breadcrumbs={[{ title: '角色与权限' }]}
      extra={
        <Button type="primary" onClick={() => setEditing('new')} data-testid="role-new">
          新建角色
        </Button>
      }
    >
      <Alert
        style={{ marginBottom: 12 }}
        type="info"
        showIcon
        message="角色编码即流程中的候选组：流程模型的 candidateGroups（待办的候选组）和 candidateStarterGroups（可发起的组）写的就是这里的编码；把角色分配给用户，用户便属于该组。"
      />
      <Table<Role>
        rowKey="id"
        dataSource={roles}
        pagination={false}
        data-testid="role-table"
        columns={[
          { title: '角色', dataIndex: 'name', render: (name: string, role) => <Space>{name}{role.isBuiltin && <Tag>内置</Tag>}</Space> },
          { title: '流程候选组标识', dataIndex: 'code', render: (code: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{code}</Typography.Text> },
          { title: '数据范围', dataIndex: 'dataScope', render: scopeLabel },
          { title: '权限', dataIndex: 'permissions', render: (codes: string[]) => <Typography.Text>{codes.length} 项</Typography.Text> },
          { title: '用户数', dataIndex: 'holders' },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          {
            title: '操作',
            render: (_, role) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(role)} data-testid={`role-edit-${role.code}`}>
                  编辑
                </Button>
                {!role.isBuiltin && (
                  <Popconfirm title={`删除角色「${role.name}」？`} description={role.holders ? `${role.holders} 个用户将失去此角色` : undefined} okText="删除" cancelText="取消" onConfirm={() => remove(role)}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RoleEditor role={editing} catalogue={catalogue} onClose={() => setEditing(null)} />
    </AppLayout>
  )
}
