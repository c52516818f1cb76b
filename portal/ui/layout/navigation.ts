import type { SharedProps } from '~/types'

/** One entry of the portal's menu. */
export interface NavItem {
  key: string
  label: string
  href: string
}

const item = (key: string, label: string, href: string): NavItem => ({ key, label, href })

/**
 * The menu a user sees, from their organisation's kind and permission codes:
 * government bodies supervise (待办, 办件查询, 发起办理, 工程项目); enterprises file and
 * follow their own cases. Anyone who may fill forms gets 待办事项, since a
 * filing returned to an enterprise becomes its task.
 */
export function navigationFor(organization: SharedProps['organization'], permissions: readonly string[]): NavItem[] {
  const can = (code: string) => permissions.includes(code)
  const items = [item('home', '工作台', '/')]
  if (!organization) return items
  if (organization.kind !== 'enterprise') {
    items.push(item('inbox', '待办事项', '/inbox'), item('cases', '办件查询', '/cases'))
    // stations start their own processes too (警示谈话, 监督检查): the page lists what their roles may start
    if (can('form:fill')) items.push(item('start', '发起办理', '/workspace/start'))
    if (can('project:read')) items.push(item('projects', '工程项目', '/projects'))
    if (can('definition:read')) items.push(item('definitions', '流程定义', '/admin/definitions'))
    // 三员分立: the security administrator's roles and grants, the system administrator's dictionaries
    if (can('role:read')) items.push(item('roles', '角色与权限', '/admin/roles'))
    if (can('role:assign')) items.push(item('user-roles', '用户角色', '/admin/user-roles'))
    if (can('dictionary:write')) items.push(item('dictionaries', '数据字典', '/admin/dictionaries'))
    return items
  }
  if (can('form:fill')) items.push(item('start', '发起办理', '/workspace/start'), item('inbox', '待办事项', '/inbox'))
  items.push(item('cases', '我的办件', '/cases'))
  if (can('project:read')) items.push(item('projects', '我的项目', '/projects'))
  if (can('document:read')) items.push(item('documents', '我的文书', '/documents'))
  items.push(item('organization', '我的单位', '/workspace/organization'))
  return items
}

/** The menu entry a URL belongs to: the longest matching prefix, "/" only for itself. */
export function selectedNavKey(items: readonly NavItem[], url: string): string | undefined {
  const path = url.split('?')[0]
  const matches = items.filter((entry) => (entry.href === '/' ? path === '/' : path === entry.href || path.startsWith(`${entry.href}/`)))
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.key
}
