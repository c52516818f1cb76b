import { useEffect, useState } from 'react'
import { Link } from '@inertiajs/react'
import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Empty, List, Popover, Space, Tag, Typography } from 'antd'

/** GET /api/inbox/summary: the user's task counts and the latest tasks. */
export interface InboxSummary {
  open: number
  new: number
  overdue: number
  remind: number
  unreadCopies: number
  latest: { taskId: string; name: string; caseTitle: string | null; caseNo: string | null; dueAt: string | null; overdue: boolean; remind: boolean }[]
}

const POLL_MS = 60_000

async function fetchSummary(): Promise<InboxSummary | null> {
  try {
    const response = await fetch('/api/inbox/summary', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    return response.ok ? ((await response.json()) as InboxSummary) : null
  } catch {
    return null
  }
}

function SummaryList({ summary }: { summary: InboxSummary | null }) {
  if (!summary || (summary.latest.length === 0 && summary.unreadCopies === 0)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无提醒" />
  return (
    <List
      size="small"
      style={{ width: 320 }}
      header={
        <Space>
          <span>新任务 {summary.new}</span>
          <Typography.Text type={summary.remind ? 'warning' : undefined}>需跟进 {summary.remind}</Typography.Text>
          <Typography.Text type={summary.overdue ? 'danger' : undefined}>已超期 {summary.overdue}</Typography.Text>
          {summary.unreadCopies > 0 && <Link href="/inbox?tab=copies">抄送未读 {summary.unreadCopies}</Link>}
        </Space>
      }
      dataSource={summary.latest}
      locale={{ emptyText: '暂无待办' }}
      renderItem={(task) => (
        <List.Item data-testid={`notification-${task.taskId}`}>
          <Link href={`/tasks/${task.taskId}`} style={task.overdue ? { color: '#cf1322' } : undefined}>
            {task.name}
            {task.caseTitle ? `（${task.caseTitle}）` : ''}
          </Link>
          {task.overdue && <Tag color="red">超期</Tag>}
          {task.remind && <Tag color="orange">提醒</Tag>}
        </List.Item>
      )}
    />
  )
}

/**
 * The header's bell: polls the inbox summary every minute and shows how many
 * tasks are new, due for their reminder (the model's 提醒时间) and overdue.
 * When the summary fails it shows nothing.
 */
export function NotificationBell({ light }: { light?: boolean }) {
  const [summary, setSummary] = useState<InboxSummary | null>(null)
  useEffect(() => {
    let alive = true
    const poll = () => void fetchSummary().then((next) => alive && setSummary(next))
    poll()
    const timer = setInterval(poll, POLL_MS)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  const count = summary ? summary.new + summary.remind + summary.overdue : 0
  return (
    <Popover trigger="click" placement="bottomRight" title="待办提醒" content={<SummaryList summary={summary} />}>
      <Badge count={count} color={summary?.overdue ? '#cf1322' : undefined} size="small">
        <Button type="text" aria-label="待办提醒" data-testid="notification-bell" icon={<BellOutlined style={{ color: light ? '#fff' : undefined, fontSize: 18 }} />} />
      </Badge>
    </Popover>
  )
}
