import { useState } from 'react'
import { Button, Space, Table, Tag } from 'antd'
import { SuspensionButton } from './SuspensionButton'
import { VersionCompare } from './VersionCompare'
import { InstanceDrawer } from './InstanceDrawer'

/** One deployed version as the 流程定义 page lists it. */
export interface DefinitionVersion {
  id: string
  version: number
  deploymentId: string
  deploymentName: string
  deployedAt: string
  running: number
  finished: number
  incidents: number
  suspended: boolean
}

interface Entry {
  name: string
  versions: DefinitionVersion[]
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false })

/** One process's versions, with 版本对比 above them; a version's running count opens its instances. */
export function DefinitionVersions({ entry, canDeploy }: { entry: Entry; canDeploy: boolean }) {
  const [comparing, setComparing] = useState(false)
  const [showing, setShowing] = useState<DefinitionVersion | null>(null)
  return (
    <>
      {entry.versions.length > 1 && (
        <Button size="small" style={{ marginBottom: 8 }} onClick={() => setComparing(true)} data-testid="definition-compare">
          版本对比
        </Button>
      )}
      <VersionCompare open={comparing} onClose={() => setComparing(false)} name={entry.name} versions={entry.versions} />
      <InstanceDrawer version={showing} name={entry.name} canSuspend={canDeploy} onClose={() => setShowing(null)} />
      <Table<DefinitionVersion>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entry.versions}
        columns={[
          { title: '版本', dataIndex: 'version', render: (v: number, row) => <Space>{`第 ${v} 版`}{row.suspended && <Tag color="orange" data-testid="definition-suspended">已挂起</Tag>}</Space> },
          { title: '部署', dataIndex: 'deploymentName' },
          { title: '部署时间', dataIndex: 'deployedAt', render: time },
          {
            title: '运行中',
            dataIndex: 'running',
            render: (n: number, v) =>
              n ? (
                <a onClick={() => setShowing(v)} data-testid={`definition-instances-${v.version}`}>
                  {n}
                </a>
              ) : (
                0
              ),
          },
          { title: '已结束', dataIndex: 'finished' },
          { title: '异常', dataIndex: 'incidents', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          {
            title: '操作',
            render: (_, v) => (
              <Space size={0}>
                <a href={`/api/admin/deployments/${v.deploymentId}/export`} data-testid="definition-export">导出</a>
                {canDeploy && <SuspensionButton definitionId={v.id} version={v.version} suspended={v.suspended} running={v.running} />}
              </Space>
            ),
          },
        ]}
      />
    </>
  )
}
