/** Chinese labels of the codes the workspace pages show. */

export const ORGANIZATION_KINDS: Record<string, string> = {
  authority: '建设行政主管部门',
  quality_station: '质量监督站',
  safety_station: '安全监督站',
  enterprise: '参建单位',
}

export const ENTERPRISE_TYPES: Record<string, string> = {
  owner: '建设单位',
  surveyor: '勘察单位',
  designer: '设计单位',
  contractor: '施工单位',
  supervising_engineer: '监理单位',
  testing_agency: '检测机构',
  crane_installer: '起重机械安装单位',
  crane_testing_agency: '起重机械检测机构',
  prefabrication: '预制构件生产单位',
  concrete: '预拌混凝土生产单位',
}

export const PROJECT_CATEGORIES: Record<string, string> = { '01': '房屋建筑工程', '02': '市政基础设施工程', '99': '其他' }

/** What a timeline entry says happened (case_actions.action). */
export const CASE_ACTIONS: Record<string, string> = {
  start: '发起',
  submit: '提交',
  approve: '通过',
  return: '驳回',
  return_to_step: '退回',
  claim: '签收',
  unclaim: '取消签收',
  transfer: '转办',
  delegate: '委派',
  resolve: '办结委派',
  add_signer: '加签',
  copy: '抄送',
  document: '文书生成',
  sign_in: '签到',
}

export const CASE_STATUS: Record<string, { label: string; color: string }> = {
  running: { label: '办理中', color: 'processing' },
  ended: { label: '已办结', color: 'default' },
}

/** 2026-11-24 09:30, in the portal's time zone. */
export function dateTime(iso: string | null): string {
  if (!iso) return ''
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
}

export function dateOnly(iso: string | null): string {
  return dateTime(iso).slice(0, 10)
}
