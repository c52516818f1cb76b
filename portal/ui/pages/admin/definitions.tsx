import { useState } from 'react'
import { router, usePage } from '@inertiajs/react'
import { Button, Card, Space, Table, Tag, Typography, Upload, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { DefinitionVersions, type DefinitionVersion } from '~/admin/DefinitionVersions'
import { xsrfHeader } from '~/forms/server_checks'
import type { PageProps } from '~/types'
import { editDeployed, NewDraftButton } from '~/admin/NewDraftButton'
import { IncidentDrawer } from '~/admin/IncidentDrawer'

interface Draft {
  name: string
  title: string
  updatedAt: string
  files: number
}

interface Entry {
  key: string
  name: string
  versions: DefinitionVersion[]
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false })

/** 流程定义管理: each process, its versions (newest first) and how many instances run, finished or failed on each; a process's 异常 open in a drawer with 重试. */
export default function Definitions({ definitions, drafts }: PageProps<{ definitions: Entry[]; drafts: Draft[] }>) {
  const canDeploy = usePage<PageProps>().props.permissions.includes('definition:deploy')
  const [incidentsOf, setIncidentsOf] = useState<Entry | null>(null)
  return (
    <AppLayout
      title="流程定义"
      breadcrumbs={[{ title: '流程定义' }]}
      extra={
        <Space>
          <NewDraftButton />
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
            <Button data-testid="definition-import">导入流程定义（zip）</Button>
          </Upload>
        </Space>
      }
    >
      {drafts.length > 0 && (
        <Card size="small" title="设计中的流程" style={{ marginBottom: 16 }} data-testid="draft-list">
          <Table<Draft>
            rowKey="name"
            size="small"
            pagination={false}
            dataSource={drafts}
            columns={[
              { title: '流程', render: (_, d) => <a href={`/admin/drafts/${d.name}`}>{d.title}（{d.name}）</a> },
              { title: '文件', dataIndex: 'files' },
              { title: '最后保存', dataIndex: 'updatedAt', render: time },
            ]}
          />
        </Card>
      )}
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
              return incidents ? (
                <Tag color="red" style={{ cursor: 'pointer' }} onClick={() => setIncidentsOf(entry)} data-testid={`incidents-${entry.key}`}>
                  {incidents}
                </Tag>
              ) : (
                0
              )
            },
          },
          { title: '操作', render: (_, entry) => <a onClick={() => editDeployed(entry.versions[0].deploymentName).catch((e: Error) => message.error(e.message))}>编辑</a> },
        ]}
        expandable={{ expandedRowRender: (entry) => <DefinitionVersions entry={entry} canDeploy={canDeploy} /> }}
      />
      <IncidentDrawer definitionKey={incidentsOf?.key ?? null} title={incidentsOf?.name ?? ''} canRetry={canDeploy} onClose={() => setIncidentsOf(null)} />
    </AppLayout>
  )
}
