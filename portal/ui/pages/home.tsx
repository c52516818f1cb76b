import { Link, usePage } from '@inertiajs/react'
import { Alert, Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { navigationFor } from '~/layout/navigation'
import { CaseTable } from '~/workspace/CaseTable'
import { ORGANIZATION_KINDS } from '~/workspace/labels'
import type { CaseRow } from '~/workspace/types'
import type { PageProps, SharedProps } from '~/types'

type Props = PageProps<{ counts: { openTasks: number; runningCases: number; documents: number }; recentCases: CaseRow[] }>

/** 工作台: my open tasks, running cases and documents, quick links and the latest cases. */
export default function Home({ counts, recentCases, notice }: Props) {
  const { organization, permissions } = usePage<SharedProps>().props
  const links = navigationFor(organization, permissions).filter((item) => item.key !== 'home')
  return (
    <AppLayout title="工作台">
      {notice && <Alert type="success" showIcon message={notice} style={{ marginBottom: 16 }} />}
      {organization && (
        <Typography.Paragraph data-testid="organization">
          所属单位：{organization.name} <Tag>{ORGANIZATION_KINDS[organization.kind] ?? organization.kind}</Tag>
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card><Link href="/inbox"><Statistic title="我的待办" value={counts.openTasks} data-testid="count-tasks" /></Link></Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card><Link href="/cases?status=running"><Statistic title="办理中的办件" value={counts.runningCases} data-testid="count-cases" /></Link></Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card><Link href="/documents"><Statistic title="电子文书" value={counts.documents} data-testid="count-documents" /></Link></Card>
        </Col>
      </Row>
      <Card title="快捷入口" size="small" style={{ marginTop: 16 }}>
        <Space wrap>
          {links.map((item) => (
            <Link key={item.key} href={item.href} data-testid={`quick-${item.key}`}>{item.label}</Link>
          ))}
        </Space>
      </Card>
      <Card title="最近办件" size="small" style={{ marginTop: 16 }} extra={<Link href="/cases">全部</Link>}>
        <CaseTable cases={recentCases} />
      </Card>
    </AppLayout>
  )
}
