import type { Duty } from '#models/permission'
import type { DataScope } from '#models/role'

/**
 * The permissions the routes check. `duty` marks administrator work: the
 * three duties of 三员分立 never meet on one role or one account.
 */
export const PERMISSION_CATALOG: readonly { code: string; name: string; duty: Duty | null }[] = [
  { code: 'project:read', name: '查看工程项目', duty: null },
  { code: 'project:create', name: '登记工程项目', duty: null },
  { code: 'personnel:read', name: '查看人员信息（含个人信息）', duty: null },
  { code: 'organization:read', name: '查看组织机构', duty: null },
  { code: 'user:read', name: '查看用户', duty: null },
  { code: 'form:fill', name: '填写、暂存与提交业务表单', duty: null },
  { code: 'personal_data:read', name: '查看表单中完整的身份证号（否则打码显示）', duty: null },
  { code: 'document:read', name: '查看与导出电子文书台账', duty: null },
  { code: 'engine:rest', name: '调用流程引擎接口（部署、启动、任务、外部任务）', duty: null },
  { code: 'organization:write', name: '管理组织机构', duty: 'system' },
  { code: 'user:write', name: '管理用户账号', duty: 'system' },
  { code: 'dictionary:write', name: '管理数据字典', duty: 'system' },
  { code: 'definition:read', name: '查看流程定义、版本与运行情况，导出流程定义', duty: 'system' },
  { code: 'definition:deploy', name: '导入与部署流程定义', duty: 'system' },
  { code: 'role:read', name: '查看角色与权限', duty: 'security' },
  { code: 'role:write', name: '管理角色与权限', duty: 'security' },
  { code: 'role:assign', name: '为用户分配角色', duty: 'security' },
  { code: 'user:unlock', name: '解锁账号', duty: 'security' },
  { code: 'audit:read', name: '查看审计日志', duty: 'audit' },
  { code: 'audit:export', name: '导出审计日志', duty: 'audit' },
]

export interface RoleSeed {
  code: string
  name: string
  description: string
  dataScope: DataScope
  permissions: string[]
}

/** The three administrator roles: present in every installation, never deletable. */
export const BUILTIN_ROLES: readonly RoleSeed[] = [
  {
    code: 'system_admin',
    name: '系统管理员',
    description: '管理组织机构、用户账号、数据字典与流程定义；不能授权，不能查看审计日志',
    dataScope: 'none',
    permissions: ['organization:read', 'organization:write', 'user:read', 'user:write', 'dictionary:write', 'definition:read', 'definition:deploy'],
  },
  {
    code: 'security_admin',
    name: '安全管理员',
    description: '管理角色、权限与授权，解锁账号；不能建用户，不能查看审计日志',
    dataScope: 'none',
    permissions: ['user:read', 'role:read', 'role:write', 'role:assign', 'user:unlock'],
  },
  {
    code: 'audit_admin',
    name: '审计管理员',
    description: '查询与导出审计日志；不能做其他管理工作',
    dataScope: 'none',
    permissions: ['audit:read', 'audit:export'],
  },
]

/** Business roles of the demo data; administrators edit or replace them. */
export const DEMO_ROLES: readonly RoleSeed[] = [
  {
    code: 'supervisor',
    name: '监督员',
    description: '质量/安全监督员：查看本辖区的工程项目与人员',
    dataScope: 'jurisdiction',
    permissions: ['project:read', 'personnel:read', 'organization:read', 'form:fill', 'personal_data:read', 'document:read'],
  },
  {
    code: 'station_chief',
    name: '监督站站长',
    description: '监督站负责人：在本辖区登记工程项目',
    dataScope: 'jurisdiction',
    permissions: ['project:read', 'project:create', 'personnel:read', 'organization:read', 'form:fill', 'personal_data:read', 'document:read'],
  },
  {
    code: 'engine_worker',
    name: '流程引擎服务账号',
    description: '外部任务执行器与集成系统：通过 /engine-rest 部署流程、启动实例、处理任务',
    dataScope: 'none',
    permissions: ['engine:rest'],
  },
  {
    code: 'enterprise_user',
    name: '企业用户',
    description: '参建单位人员：只看本单位参与的工程项目',
    dataScope: 'participation',
    permissions: ['project:read', 'personnel:read', 'organization:read', 'form:fill', 'document:read'],
  },
]
