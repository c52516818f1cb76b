import { Head, useForm } from '@inertiajs/react'
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd'
import { firstError, type PageProps } from '~/types'

type Props = PageProps<{
  meeting: { caseNo: string; title: string; taskName: string } | null
  signedIn: string | null
  refusal: string | null
}>

const FIELDS = [
  ['name', '姓名', 'name'],
  ['organizationName', '单位', 'organization'],
  ['position', '职务/岗位', 'organization-title'],
  ['mobile', '手机号', 'tel'],
] as const

/** 扫码签到: an attendee of the 监督交底 meeting registers from the QR code, on a phone. */
export default function BriefingSignIn({ meeting, signedIn, refusal, errors }: Props) {
  const form = useForm({ name: '', organizationName: '', position: '', mobile: '' })
  const url = typeof window === 'undefined' ? '' : window.location.pathname + window.location.search

  if (!meeting) {
    return (
      <div style={{ padding: 16 }}>
        <Head title="会议签到" />
        <Result status="warning" title="无法签到" subTitle={refusal} />
      </div>
    )
  }
  return (
    <div style={{ padding: 12, maxWidth: 480, margin: '0 auto' }}>
      <Head title="会议签到" />
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {meeting.taskName}签到
        </Typography.Title>
        <Typography.Paragraph type="secondary" data-testid="sign-in-meeting">
          {meeting.title}（办件编号 {meeting.caseNo}）
        </Typography.Paragraph>
        {signedIn ? (
          <Result status="success" title={signedIn} subTitle="请勿重复签到" data-testid="sign-in-done" />
        ) : (
          <Form layout="vertical" onFinish={() => form.post(url, { preserveScroll: true })}>
            {FIELDS.map(([key, label, autoComplete]) => {
              const error = firstError(errors, key)
              return (
                <Form.Item key={key} label={label} required validateStatus={error ? 'error' : undefined} help={error}>
                  <Input
                    name={key}
                    size="large"
                    autoComplete={autoComplete}
                    inputMode={key === 'mobile' ? 'tel' : undefined}
                    value={form.data[key]}
                    onChange={(event) => form.setData(key, event.target.value)}
                    data-testid={`sign-in-${key}`}
                  />
                </Form.Item>
              )
            })}
            {errors && Object.keys(errors).length > 0 && <Alert type="error" showIcon message="请按提示改正后再提交" style={{ marginBottom: 12 }} />}
            <Button type="primary" size="large" htmlType="submit" block loading={form.processing} data-testid="sign-in-submit">
              签到
            </Button>
          </Form>
        )}
      </Card>
    </div>
  )
}
