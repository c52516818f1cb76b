import { Link } from '@inertiajs/react'
import { Card, Col, Empty, Row, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import type { PageProps } from '~/types'

interface StartableProcess {
  key: string
  name: string
  description: string
  definitionId: string
  version: number
  startFormKey: string
}

type Props = PageProps<{ processes: StartableProcess[] }>

/** 发起办理: the processes the user's roles may start, each opening its start form. */
export default function WorkspaceStart({ processes }: Props) {
  return (
    <AppLayout title="发起办理" breadcrumbs={[{ title: '发起办理' }]}>
      {processes.length === 0 && <Empty description="暂无可发起的业务" />}
      <Row gutter={[16, 16]}>
        {processes.map((process) => (
          <Col xs={24} sm={12} md={8} key={process.key}>
            <Link href={`/workspace/start/${process.key}`} data-testid={`start-process-${process.key}`}>
              <Card hoverable title={process.name} size="small">
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
                  {process.description || '点击填写申请表并提交'}
                </Typography.Paragraph>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </AppLayout>
  )
}
