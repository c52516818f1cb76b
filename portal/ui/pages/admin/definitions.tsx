import { router, usePage } from '@inertiajs/react'
import { Button, Space, Table, Tag, Typography, Upload, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { DefinitionVersions, type DefinitionVersion } from '~/admin/DefinitionVersions'
import { xsrfHeader } from '~/forms/server_checks'
import type { PageProps } from '~/types'

interface Entry {
  key: string
  name: string
  versions: DefinitionVersion[]
}

/** 流程定义管理: each process, its versions (newest first) and how many instances run, finished or failed on each. */
export default function Definitions({ definitions }: PageProps<{ definitions: Entry[] }>) {
  const canDeploy = usePage<PageProps>().props.permissions.includes('definition:deploy')
  return (
    <AppLayout
      title="流程定义"
      breadcrumbs={[{ title: '流程定义' }]}
      extra={
        <Upload
          name="file"
          accept=".zip"
          action="/api/admin/definitions/import"
          headers={{ ...xsrfHeader(), accept: 'application/json' }}
          showUploadList={false}
          onChange={({ file }) => {
            if (file.status === 'done') {
              message.success(file.response?.created ? `已部署：${file.response.definitions.map((d: { key: string; version: number }) => `${d.key} 第 ${d.version} 版`).join('、')}` : '与已部署的版本相同，无需重新部署')
              router.reload()
            }
            if (file.status === 'error') message.error(file.response?.errors?.[0]?.message ?? file.response?.message ?? '导入失败')
          }}
        >
          <Button type="primary" data-testid="definition-import">导入流程定义（zip）</Button>
        </Upload>
      }
    >
      <Table<Entry>
        rowKey="key"
        dataSource={definitions}
        pagination={false}
        data-testid="definition-table"
        columns={[
          { title: '流程', dataIndex: 'name', render: (name: string, entry) => <Typography.Text strong>{name}（{entry.key}）</Typography.Text> },
          { title: '最新版本', render: (_, entry) => <Space size={4}><Tag color="blue">第 {entry.versions[0]?.version} 版</Tag>{entry.versions[0]?.suspended && <Tag color="orange">已挂起</Tag>}</Space> },
          { title: '运行中', render: (_, entry) => entry.versions.reduce((sum, v) => sum + v.running, 0) },
          { title: '已结束', render: (_, entry) => entry.versions.reduce((sum, v) => sum + v.finished, 0) },
          {
            title: '异常',
            render: (_, entry) => {
              const incidents = entry.versions.reduce((sum, v) => sum + v.incidents, 0)
              return incidents ? <Tag color="red">{incidents}</Tag> : 0
            },
          },
        ]}
        expandable={{ expandedRowRender: (entry) => <DefinitionVersions entry={entry} canDeploy={canDeploy} /> }}
      />
    </AppLayout>
  )
}
