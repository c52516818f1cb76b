import { useState, type ReactNode } from 'react'
import { Head, Link, router, usePage } from '@inertiajs/react'
import { MenuOutlined } from '@ant-design/icons'
import { Breadcrumb, Button, Drawer, Layout, Menu, Space, Typography } from 'antd'
import type { SharedProps } from '~/types'
import { navigationFor, selectedNavKey } from './navigation'
import { NotificationBell } from './NotificationBell'
import { usePhone } from './use_phone'

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

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const page = usePage<SharedProps>()
  const { organization, permissions } = page.props
  const url = page.url
  const items = navigationFor(organization, permissions ?? [])
  const selected = selectedNavKey(items, url)
  return (
    <Menu
      mode="inline"
      data-testid="nav-menu"
      selectedKeys={selected ? [selected] : []}
      items={items.map((entry) => ({
        key: entry.key,
        label: (
          <Link href={entry.href} data-testid={`nav-item-${entry.key}`} onClick={onNavigate}>
            {entry.label}
          </Link>
        ),
      }))}
    />
  )
}

function UserBox({ phone }: { phone: boolean }) {
  const { user, organization } = usePage<SharedProps>().props
  return (
    <Space size={phone ? 4 : 12}>
      <NotificationBell light />
      {!phone && (
        <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
          {user?.fullName}
          {organization ? `（${organization.name}）` : ''}
        </Typography.Text>
      )}
      <Button size="small" onClick={() => router.post('/logout')}>
        退出
      </Button>
    </Space>
  )
}

/**
 * The portal's frame around every signed-in page: the role-aware menu (a
 * sider on PC, a drawer behind a menu button on phones), the notification
 * bell, breadcrumbs, the page title and its actions.
 */
export function AppLayout({ title, breadcrumbs = [], extra, children }: Props) {
  const phone = usePhone()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const crumbs = [{ title: <Link href="/">工作台</Link> }, ...breadcrumbs.map((c) => ({ title: c.href ? <Link href={c.href}>{c.title}</Link> : c.title }))]
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Head title={title} />
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: phone ? '0 8px' : '0 24px' }}>
        <Space>
          {phone && (
            <Button type="text" aria-label="菜单" data-testid="mobile-menu-button" icon={<MenuOutlined style={{ color: '#fff' }} />} onClick={() => setDrawerOpen(true)} />
          )}
          <Link href="/">
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
              质安智监
            </Typography.Text>
          </Link>
        </Space>
        <UserBox phone={phone} />
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={200} theme="light">
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>
          {breadcrumbs.length > 0 && <Breadcrumb style={{ marginBottom: 12 }} items={crumbs} />}
          <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {extra}
          </Space>
          {children}
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer placement="left" width={240} open={drawerOpen} onClose={() => setDrawerOpen(false)} title="质安智监" styles={{ body: { padding: 0 } }}>
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  )
}
