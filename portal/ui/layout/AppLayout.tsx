import type { ReactNode } from 'react'
import { Head, Link, router, usePage } from '@inertiajs/react'
import { Breadcrumb, Button, Layout, Space, Typography } from 'antd'
import type { SharedProps } from '~/types'

export interface Crumb {
  title: string
  href?: string
}

interface Props {
  title: string
  breadcrumbs?: Crumb[]
  extra?: ReactNode
  children: ReactNode
}

/** The portal's frame around every signed-in page: header, breadcrumbs, content. */
export function AppLayout({ title, breadcrumbs = [], extra, children }: Props) {
  const { user } = usePage<SharedProps>().props
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Head title={title} />
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Link href="/">
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            质安智监
          </Typography.Text>
        </Link>
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
            {user?.fullName}
          </Typography.Text>
          <Button size="small" onClick={() => router.post('/logout')}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/">工作台</Link> }, ...breadcrumbs.map((c) => ({ title: c.href ? <Link href={c.href}>{c.title}</Link> : c.title }))]} />
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {extra}
        </Space>
        {children}
      </Layout.Content>
    </Layout>
  )
}
