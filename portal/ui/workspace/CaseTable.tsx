import { Link } from '@inertiajs/react'
import { Table, Tag } from 'antd'
import type { TablePaginationConfig } from 'antd'
import { CASE_STATUS, dateOnly } from './labels'
import type { CaseRow } from './types'

/** 办件 rows: number and title linking to the case, process, project, parties, status and current step. */
export function CaseTable({ cases, pagination = false, showProject = true }: { cases: CaseRow[]; pagination?: TablePaginationConfig | false; showProject?: boolean }) {
  return (
    <Table<CaseRow>
      data-testid="case-table"
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      dataSource={cases}
      pagination={pagination}
      columns={[
        { title: '办件编号', dataIndex: 'caseNo', render: (v: string, c) => <Link href={`/cases/${c.id}`}>{v}</Link> },
        { title: '办件名称', dataIndex: 'title', render: (v: string, c) => <Link href={`/cases/${c.id}`}>{v}</Link> },
        { title: '业务类型', dataIndex: 'processName' },
        ...(showProject
          ? [{ title: '工程名称', dataIndex: 'projectName', render: (v: string | null, c: CaseRow) => (c.projectId ? <Link href={`/projects/${c.projectId}`}>{v}</Link> : '') }]
          : []),
        { title: '申请单位', dataIndex: 'applicantName' },
        { title: '承办单位', dataIndex: 'handlingName' },
        { title: '状态', dataIndex: 'status', render: (v: string) => <Tag color={CASE_STATUS[v]?.color}>{CASE_STATUS[v]?.label ?? v}</Tag> },
        { title: '当前环节', dataIndex: 'currentSteps', render: (v: string[]) => v.join('、') || '—' },
        { title: '发起日期', dataIndex: 'createdAt', render: (v: string) => dateOnly(v) },
      ]}
    />
  )
}
