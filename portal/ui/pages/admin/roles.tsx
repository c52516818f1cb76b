import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { api, ApiError } from '~/inbox/api'
import type { PageProps } from '~/types'

type Duty = 'system' | 'security' | 'audit'

interface Role {
  id: number
  code: string
  name: string
  description: string | null
  dataScope: string
  isBuiltin: boolean
  permissions: string[]
  holders: number
}

interface Permission {
  code: string
  name: string
  duty: Duty | null
}

interface RoleForm {
  code: string
  name: string
  description?: string
  dataScope: string
  permissions: string[]
}

const SCOPES = [
  { value: 'none', label: '无（不查看工程项目）' },
  { value: 'jurisdiction', label: '本辖区' },
  { value: 'participation', label: '本单位参与的项目' },
  { value: 'all', label: '全部' },
]

const DUTIES: { duty: Duty | null; title: string }[] = [
  { duty: null, title: '业务权限' },
  { duty: 'system', title: '系统管理员职责' },
  { duty: 'security', title: '安全管理员职责' },
  { duty: 'audit', title: '审计管理员职责' },
]

const scopeLabel = (scope: string) => SCOPES.find((s) => s.value === scope)?.label ?? scope

/** The permission checkboxes, one group per duty: 三员分立 forbids mixing the administrator groups in one role. */
function PermissionGroups({ permissions }: { permissions: Permission[] }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {DUTIES.map(({ duty, title }) => {
        const group = permissions.filter((p) => p.duty === duty)
        if (group.length === 0) return null
        return (
          <div key={title} data-testid={`duty-${duty ?? 'business'}`}>
            <Typography.Text strong>{title}</Typography.Text>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 4, marginTop: 4 }}>
              {group.map((p) => (
                <Checkbox key={p.code} value={p.code} data-testid={`permission-${p.code}`}>
                  {p.name} <Typography.Text type="secondary">{p.code}</Typography.Text>
                </Checkbox>
              ))}
            </div>
          </div>
        )
      })}
    </Space>
  )
}

/**
 * 角色与权限 (安全管理员): roles are data. A role's code is also the
 * candidate group BPMN tasks and starters name, so granting a role puts the
 * user in that group.
 */
export default function Roles({ roles, catalogue }: PageProps<{ roles: Role[]; catalogue: Permission[] }>) {
  const [form] = Form.useForm<RoleForm>()
  const [editing, setEditing] = useState<Role | 'new' | null>(null)
  const [busy, setBusy] = useState(false)

  function open(role: Role | 'new') {
    setEditing(role)
    form.resetFields()
    form.setFieldsValue(role === 'new' ? { code: '', name: '', description: '', dataScope: 'jurisdiction', permissions: [] } : { ...role, description: role.description ?? '' })
  }

  async function save() {
    const values = await form.validateFields()
    setBusy(true)
    try {
      const body = { ...values, description: values.description || undefined }
      if (editing === 'new') await api('/api/roles', { method: 'POST', body })
      else await api(`/api/roles/${editing!.id}`, { method: 'PUT', body })
      message.success('角色已保存')
      setEditing(null)
      router.reload({ only: ['roles'] })
    } catch (error) {
      const failure = error as ApiError
      form.setFields((failure.errors ?? []).filter((e) => e.field).map((e) => ({ name: e.field as keyof RoleForm, errors: [e.message] })))
      message.error(failure.message)
    } finally {
      setBusy(false)
    }
  }

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
        <Button type="primary" onClick={() => open('new')} data-testid="role-new">
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
                <Button type="link" size="small" onClick={() => open(role)} data-testid={`role-edit-${role.code}`}>
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
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新建角色' : `编辑角色：${editing?.name ?? ''}`}
        width={820}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onOk={save}
        onCancel={() => setEditing(null)}
        okButtonProps={{ 'data-testid': 'role-save' } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" data-testid="role-form">
          <Space wrap align="start">
            <Form.Item name="code" label="编码（流程候选组标识）" rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,63}$/, message: '小写字母开头，2–64 位小写字母、数字或下划线' }]}>
              <Input style={{ width: 220 }} disabled={editing !== 'new' && editing?.isBuiltin} data-testid="role-code" />
            </Form.Item>
            <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, max: 64, message: '2–64 个字' }]}>
              <Input style={{ width: 220 }} data-testid="role-name" />
            </Form.Item>
            <Form.Item name="dataScope" label="数据范围" rules={[{ required: true }]}>
              <Select style={{ width: 220 }} options={SCOPES} />
            </Form.Item>
          </Space>
          <Form.Item name="description" label="说明" rules={[{ max: 255 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="permissions" label="权限（系统管理、安全管理、审计管理三类职责不能在同一角色中混用）">
            <Checkbox.Group style={{ width: '100%' }}>
              <PermissionGroups permissions={catalogue} />
            </Checkbox.Group>
          </Form.Item>
        </Form>
      </Modal>
    </AppLayout>
  )
}
