import { useEffect, useState } from 'react'
import { router } from '@inertiajs/react'
import { Checkbox, Form, Input, Modal, Select, Space, Typography, message } from 'antd'
import { api, ApiError } from '~/inbox/api'

type Duty = 'system' | 'security' | 'audit'

/** A role as the 角色与权限 page lists it. */
export interface Role {
  id: number
  code: string
  name: string
  description: string | null
  dataScope: string
  isBuiltin: boolean
  permissions: string[]
  holders: number
}

/** One permission of the catalogue, with its administrator duty (null: business work). */
export interface Permission {
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

/** The data scopes a role may have, in words. */
export const SCOPES = [
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
 * 新建 / 编辑 a role: code (the candidate group), name, data scope and the
 * permissions. The API's refusals (422: mixed duties, a taken code) are shown
 * at their fields.
 */
export function RoleEditor({ role, catalogue, onClose }: { role: Role | 'new' | null; catalogue: Permission[]; onClose: () => void }) {
  const [form] = Form.useForm<RoleForm>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!role) return
    form.resetFields()
    form.setFieldsValue(role === 'new' ? { code: '', name: '', description: '', dataScope: 'jurisdiction', permissions: [] } : { ...role, description: role.description ?? '' })
  }, [role, form])

  async function save() {
    const values = await form.validateFields()
    setBusy(true)
    try {
      const body = { ...values, description: values.description || undefined }
      if (role === 'new') await api('/api/roles', { method: 'POST', body })
      else await api(`/api/roles/${(role as Role).id}`, { method: 'PUT', body })
      message.success('角色已保存')
      onClose()
      router.reload({ only: ['roles'] })
    } catch (error) {
      const failure = error as ApiError
      form.setFields((failure.errors ?? []).filter((e) => e.field).map((e) => ({ name: e.field as keyof RoleForm, errors: [e.message] })))
      message.error(failure.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={role !== null}
      title={role === 'new' ? '新建角色' : `编辑角色：${role?.name ?? ''}`}
      width={820}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'role-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="role-form">
        <Space wrap align="start">
          <Form.Item name="code" label="编码（流程候选组标识）" rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,63}$/, message: '小写字母开头，2–64 位小写字母、数字或下划线' }]}>
            <Input style={{ width: 220 }} disabled={role !== 'new' && role?.isBuiltin} data-testid="role-code" />
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
  )
}
