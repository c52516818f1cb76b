import { Head, router } from '@inertiajs/react'
import { Alert, Button, Layout, Menu, Space, Tag, Typography } from 'antd'
import type { PageProps } from '~/types'

const KIND_LABELS: Record<string, string> = {
  authority: '建设行政主管部门',
  quality_station: '质量监督站',
  safety_station: '安全监督站',
  enterprise: '参建单位',
}

type Props = PageProps<{ organization: { id: number; name: string; kind: string }; permissions: { code: string; name: string }[] }>

/** The portal's shell; the inbox and workspaces fill it in later issues. */
export default function Home({ user, organization, permissions, notice }: Props) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Head title="工作台" />
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          质安智监
        </Typography.Text>
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
            {user?.fullName}（{organization.name}）
          </Typography.Text>
          <Button size="small" onClick={() => router.post('/logout')}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light">
          <Menu mode="inline" selectedKeys={['home']} items={[{ key: 'home', label: '工作台' }]} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          {notice && <Alert type="success" showIcon message={notice} style={{ marginBottom: 16 }} />}
          <Typography.Title level={4}>工作台</Typography.Title>
          <Typography.Paragraph>
            所属单位：{organization.name} <Tag>{KIND_LABELS[organization.kind] ?? organization.kind}</Tag>
          </Typography.Paragraph>
          <Typography.Paragraph>
            权限：{permissions.length ? permissions.map((p) => <Tag key={p.code} title={p.code}>{p.name}</Tag>) : '无'}
          </Typography.Paragraph>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
