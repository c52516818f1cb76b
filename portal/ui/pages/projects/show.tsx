import { Link } from '@inertiajs/react'
import { Button, Card, Descriptions, Table, Tag, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { CaseTable } from '~/workspace/CaseTable'
import { DocumentTable } from '~/workspace/DocumentTable'
import { ENTERPRISE_TYPES, PROJECT_CATEGORIES, dateTime } from '~/workspace/labels'
import type { CaseRow, DocumentItem, OpenTask } from '~/workspace/types'
import type { PageProps } from '~/types'

type Props = PageProps<{
  project: {
    id: number
    code: string
    name: string
    category: string
    regionCode: string
    address: string | null
    status: string
    authorityName: string
    qualityStationName: string | null
    safetyStationName: string | null
    createdAt: string
  }
  parties: { organizationId: number; role: string; name: string; creditCode: string | null }[]
  people: { id: number; fullName: string; position: string | null; organizationName: string }[]
  cases: CaseRow[]
  tasks: (OpenTask & { caseId: number | null; caseTitle: string | null })[]
  documents: DocumentItem[]
}>

/** 项目主页: basic data, parties, cases and where they stand, open tasks, documents and people of one project. */
export default function ProjectShow({ project, parties, people, cases, tasks, documents }: Props) {
  return (
    <AppLayout title={project.name} breadcrumbs={[{ title: '工程项目', href: '/projects' }, { title: project.name }]}>
      <Card size="small" title="基本信息">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label="项目编号">{project.code}</Descriptions.Item>
          <Descriptions.Item label="工程类别">{PROJECT_CATEGORIES[project.category] ?? project.category}</Descriptions.Item>
          <Descriptions.Item label="行政区划">{project.regionCode}</Descriptions.Item>
          <Descriptions.Item label="地址">{project.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="主管部门">{project.authorityName}</Descriptions.Item>
          <Descriptions.Item label="质量监督站">{project.qualityStationName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="安全监督站">{project.safetyStationName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="登记时间">{dateTime(project.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="参建单位" style={{ marginTop: 12 }}>
        <Table
          data-testid="project-parties"
          rowKey={(p) => `${p.role}-${p.organizationId}`}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={parties}
          columns={[
            { title: '单位类型', dataIndex: 'role', render: (v: string) => ENTERPRISE_TYPES[v] ?? v },
            { title: '单位名称', dataIndex: 'name' },
            { title: '统一社会信用代码', dataIndex: 'creditCode' },
          ]}
        />
      </Card>
      <Card size="small" title="办件" style={{ marginTop: 12 }} extra={<Link href={`/cases?projectId=${project.id}`}>查询</Link>}>
        <CaseTable cases={cases} showProject={false} />
      </Card>
      <Card size="small" title="待办环节" style={{ marginTop: 12 }}>
        <Table
          data-testid="project-tasks"
          rowKey="taskId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={tasks}
          columns={[
            { title: '环节', dataIndex: 'name' },
            { title: '办件', dataIndex: 'caseTitle', render: (v: string | null, t) => (t.caseId ? <Link href={`/cases/${t.caseId}`}>{v}</Link> : v) },
            { title: '办理人', dataIndex: 'holders', render: (v: string[]) => v.join('、') },
            { title: '期限', dataIndex: 'dueAt', render: (v: string | null, t) => <Typography.Text type={t.overdue ? 'danger' : undefined}>{dateTime(v)}{t.overdue && <Tag color="red" style={{ marginLeft: 4 }}>超期</Tag>}</Typography.Text> },
            { title: '', render: (_, t) => t.isMine && <Button size="small" type="primary" href={`/tasks/${t.taskId}`}>去处理</Button> },
          ]}
        />
      </Card>
      <Card size="small" title="文书" style={{ marginTop: 12 }}>
        <DocumentTable documents={documents} testId="project-documents" />
      </Card>
      <Card size="small" title="人员" style={{ marginTop: 12 }}>
        <Table
          data-testid="project-people"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={people}
          columns={[
            { title: '姓名', dataIndex: 'fullName' },
            { title: '岗位', dataIndex: 'position' },
            { title: '单位', dataIndex: 'organizationName' },
          ]}
        />
      </Card>
    </AppLayout>
  )
}
