import { useMemo } from 'react'
import { Link } from '@inertiajs/react'
import { createForm } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { Button, Card, Descriptions, Empty, List, Space, Tag, Timeline, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { usePhone } from '~/layout/use_phone'
import { FormRenderer } from '~/forms/FormRenderer'
import { DocumentTable } from '~/workspace/DocumentTable'
import { CASE_ACTIONS, CASE_STATUS, dateTime } from '~/workspace/labels'
import type { CaseRow, DocumentItem, OpenTask } from '~/workspace/types'
import type { PageProps } from '~/types'

interface TimelineEntry {
  id: number
  action: string
  taskName: string | null
  userName: string | null
  target: string | null
  comment: string | null
  createdAt: string
}

type Props = PageProps<{
  case: CaseRow & { startedByName: string | null }
  timeline: TimelineEntry[]
  pending: OpenTask[]
  submission: { formKey: string; title: string; schema: ISchema; value: Record<string, unknown>; submittedAt: string | null } | null
  documents: DocumentItem[]
}>

/** "张三 驳回（材料不全）" : who did what, to whom, and why. */
function describe(entry: TimelineEntry): string {
  const what = CASE_ACTIONS[entry.action] ?? entry.action
  const target = entry.target ? ` → ${entry.target}` : ''
  const step = entry.taskName ? `【${entry.taskName}】` : ''
  return `${step}${entry.userName ?? '系统'} ${what}${target}`
}

function CaseTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  if (timeline.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />
  return (
    <Timeline
      data-testid="case-timeline"
      items={timeline.map((entry) => ({
        color: entry.action === 'return' || entry.action === 'return_to_step' ? 'red' : entry.action === 'approve' ? 'green' : 'blue',
        children: (
          <>
            <Typography.Text strong>{describe(entry)}</Typography.Text>
            {entry.comment && <Typography.Text type={entry.action.startsWith('return') ? 'danger' : undefined}>（{entry.comment}）</Typography.Text>}
            <br />
            <Typography.Text type="secondary">{dateTime(entry.createdAt)}</Typography.Text>
          </>
        ),
      }))}
    />
  )
}

function Pending({ pending, running }: { pending: OpenTask[]; running: boolean }) {
  return (
    <List
      data-testid="case-pending"
      size="small"
      locale={{ emptyText: running ? '暂无待办环节' : '已办结' }}
      dataSource={pending}
      renderItem={(task) => (
        <List.Item extra={task.isMine && <Button type="primary" size="small" href={`/tasks/${task.taskId}`} data-testid={`handle-task-${task.taskId}`}>去处理</Button>}>
          <Space wrap>
            <Typography.Text strong>{task.name}</Typography.Text>
            <span>办理人：{task.holders.join('、') || '—'}</span>
            {task.dueAt && <Typography.Text type={task.overdue ? 'danger' : 'secondary'}>期限：{dateTime(task.dueAt)}</Typography.Text>}
            {task.overdue && <Tag color="red">超期</Tag>}
          </Space>
        </List.Item>
      )}
    />
  )
}

function Submission({ submission }: { submission: NonNullable<Props['submission']> }) {
  const phone = usePhone()
  const form = useMemo(() => createForm({ values: submission.value, readPretty: true }), [submission])
  return <FormRenderer form={form} schema={submission.schema} formKey={submission.formKey} mobile={phone} />
}

/** 办件详情: header, timeline, what is pending now, the submitted data (read-only) and the issued documents. */
export default function CaseShow({ case: c, timeline, pending, submission, documents }: Props) {
  const status = CASE_STATUS[c.status]
  return (
    <AppLayout title={c.title} breadcrumbs={[{ title: '办件', href: '/cases' }, { title: c.caseNo }]}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label="办件编号">{c.caseNo}</Descriptions.Item>
          <Descriptions.Item label="业务类型">{c.processName}</Descriptions.Item>
          <Descriptions.Item label="状态"><Tag color={status?.color} data-testid="case-status">{status?.label}</Tag></Descriptions.Item>
          <Descriptions.Item label="申请单位">{c.applicantName}</Descriptions.Item>
          <Descriptions.Item label="承办单位">{c.handlingName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="工程">{c.projectId ? <Link href={`/projects/${c.projectId}`}>{c.projectName}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label="发起人">{c.startedByName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="发起时间">{dateTime(c.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="当前待办" style={{ marginTop: 12 }}>
        <Pending pending={pending} running={c.status === 'running'} />
      </Card>
      <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
        <CaseTimeline timeline={timeline} />
      </Card>
      <Card size="small" title={submission ? `申报内容：${submission.title}` : '申报内容'} style={{ marginTop: 12 }}>
        {submission ? <Submission submission={submission} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可查看的提交内容" />}
      </Card>
      <Card size="small" title="文书" style={{ marginTop: 12 }}>
        <div data-testid="case-documents">
          <DocumentTable documents={documents} />
        </div>
      </Card>
    </AppLayout>
  )
}
