import { Card, Descriptions, Table, Tag } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { ENTERPRISE_TYPES, ORGANIZATION_KINDS } from '~/workspace/labels'
import type { PageProps } from '~/types'

type Props = PageProps<{
  organization: { id: number; name: string; kind: string; creditCode: string | null; enterpriseType: string | null; regionCode: string | null; contactPhone: string | null; parentName: string | null }
  people: { id: number; username: string; fullName: string; roles: string[] }[]
}>

/** 我的单位: the organisation's data and its people. */
export default function WorkspaceOrganization({ organization, people }: Props) {
  return (
    <AppLayout title="我的单位" breadcrumbs={[{ title: '我的单位' }]}>
      <Card size="small" title={organization.name}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} data-testid="organization-data">
          <Descriptions.Item label="单位名称">{organization.name}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{organization.creditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="单位类别">{ORGANIZATION_KINDS[organization.kind] ?? organization.kind}</Descriptions.Item>
          <Descriptions.Item label="企业类型">{organization.enterpriseType ? ENTERPRISE_TYPES[organization.enterpriseType] ?? organization.enterpriseType : '—'}</Descriptions.Item>
          <Descriptions.Item label="行政区划">{organization.regionCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{organization.contactPhone ?? '—'}</Descriptions.Item>
          {organization.parentName && <Descriptions.Item label="上级单位">{organization.parentName}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title="人员" style={{ marginTop: 12 }}>
        <Table
          data-testid="organization-people"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={people}
          columns={[
            { title: '姓名', dataIndex: 'fullName' },
            { title: '账号', dataIndex: 'username' },
            { title: '角色', dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{r}</Tag>) },
          ]}
        />
      </Card>
    </AppLayout>
  )
}
