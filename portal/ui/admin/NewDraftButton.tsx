import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, Form, Input, Modal } from 'antd'
import { api, ApiError } from '~/inbox/api'

/** 新建流程: names a new definition folder and its process, then opens it in the modeler. */
export function NewDraftButton() {
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  const [form] = Form.useForm<{ name: string; title: string }>()

  async function create() {
    const values = await form.validateFields()
    setSaving(true)
    try {
      const draft = await api<{ name: string }>('/api/admin/drafts', { method: 'POST', body: values })
      router.visit(`/admin/drafts/${draft.name}`)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      form.setFields(error.errors.map((e) => ({ name: (e.field ?? e.path ?? 'name') as 'name', errors: [e.message] })))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        新建流程
      </Button>
      <Modal title="新建流程" open={open} okText="创建并设计" cancelText="取消" confirmLoading={saving} onOk={create} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="title" label="流程名称" rules={[{ required: true, message: '请填写流程名称' }]}>
            <Input placeholder="例如：警示谈话登记" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="name"
            label="流程标识"
            extra="小写字母、数字和连字符，用作流程定义目录名、流程键和表单键前缀，部署后不能更改"
            rules={[{ required: true, message: '请填写流程标识' }, { pattern: /^[a-z0-9][a-z0-9-]{1,62}$/, message: '只能用小写字母、数字和连字符，2–63 个字符' }]}
          >
            <Input placeholder="例如：warning-talk" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}

/** 编辑: opens the draft of a deployed folder (made from its newest deployment the first time). */
export async function editDeployed(folder: string) {
  const draft = await api<{ name: string }>('/api/admin/drafts', { method: 'POST', body: { from: folder } })
  router.visit(`/admin/drafts/${draft.name}`)
}
