import { Head, useForm } from '@inertiajs/react'
import { Alert, Button, Card, Form, Input } from 'antd'
import { firstError, type PageProps } from '~/types'

type Props = PageProps<{ forced: boolean; policy: { minLength: number; minClasses: number; historySize: number } }>

/** 修改密码: forced after the first login or a reset */
export default function Password({ errors, forced, policy }: Props) {
  const form = useForm({ currentPassword: '', newPassword: '', newPasswordConfirmation: '' })
  const field = (name: keyof typeof form.data, label: string, autoComplete: string) => {
    const error = firstError(errors, name)
    return (
      <Form.Item label={label} validateStatus={error ? 'error' : undefined} help={error}>
        <Input.Password name={name} autoComplete={autoComplete} value={form.data[name]} onChange={(event) => form.setData(name, event.target.value)} />
      </Form.Item>
    )
  }

  return (
    <div className="centered">
      <Head title="修改密码" />
      <Card title="修改密码" style={{ width: 420 }}>
        {forced && <Alert type="warning" showIcon message="首次登录或密码被重置，请先修改密码" style={{ marginBottom: 16 }} />}
        <Alert
          type="info"
          message={`密码至少 ${policy.minLength} 位，包含大写字母、小写字母、数字、特殊字符中的至少 ${policy.minClasses} 类，且不能与最近 ${policy.historySize} 次的密码相同`}
          style={{ marginBottom: 16 }}
        />
        <Form layout="vertical" onFinish={() => form.post('/password')}>
          {field('currentPassword', '原密码', 'current-password')}
          {field('newPassword', '新密码', 'new-password')}
          {field('newPasswordConfirmation', '确认新密码', 'new-password')}
          <Button type="primary" htmlType="submit" block loading={form.processing}>
            保存
          </Button>
        </Form>
      </Card>
    </div>
  )
}
