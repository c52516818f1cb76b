import { Link } from '@inertiajs/react'
import { Button, Space, Table, Tag } from 'antd'
import type { TablePaginationConfig } from 'antd'
import { dateOnly } from './labels'
import type { DocumentItem } from './types'

const pdfUrl = (id: string) => `/api/documents/${id}/pdf`

/** Issued documents with 下载 (the signed PDF), 打印 (the PDF opened for printing) and the public 验证 link. */
export function DocumentTable({ documents, pagination = false, testId }: { documents: DocumentItem[]; pagination?: TablePaginationConfig | false; testId?: string }) {
  return (
    <Table<DocumentItem>
      data-testid={testId}
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      dataSource={documents}
      pagination={pagination}
      columns={[
        { title: '文号', dataIndex: 'documentNumber' },
        { title: '文书名称', dataIndex: 'title' },
        { title: '发文单位', dataIndex: 'organizationName' },
        {
          title: '所属',
          render: (_, d) => (
            <Space direction="vertical" size={0}>
              {d.caseId && <Link href={`/cases/${d.caseId}`}>{d.caseNo}</Link>}
              {d.projectId && <Link href={`/projects/${d.projectId}`}>{d.projectName}</Link>}
            </Space>
          ),
        },
        { title: '签发日期', dataIndex: 'issuedAt', render: (v: string) => dateOnly(v) },
        { title: '状态', render: (_, d) => (d.revoked ? <Tag color="red">证书已吊销</Tag> : <Tag color="green">有效</Tag>) },
        {
          title: '操作',
          render: (_, d) => (
            <Space>
              <Button size="small" href={`${pdfUrl(d.id)}?download=1`} data-testid="document-download">下载</Button>
              <Button size="small" href={pdfUrl(d.id)} target="_blank">打印</Button>
              <a href={`/verify/${d.id}`} target="_blank" rel="noreferrer" data-testid="document-verify-link">验证</a>
            </Space>
          ),
        },
      ]}
    />
  )
}
