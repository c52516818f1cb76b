import { Head, useForm } from '@inertiajs/react'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { firstError, type PageProps } from '~/types'

/** 登录 */
export default function Login({ errors, notice }: PageProps) {
  const form = useForm({ username: '', password: '' })
  const usernameError = firstError(errors, 'username')
  const passwordError = firstError(errors, 'password')

  return (
    <div className="centered">
      <Head title="登录" />
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          质安智监
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          建设工程质量安全智能监管平台
        </Typography.Paragraph>
        {notice && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={() => form.post('/login')}>
          <Form.Item label="用户名" validateStatus={usernameError ? 'error' : undefined} help={usernameError}>
            <Input
              name="username"
              autoComplete="username"
              value={form.data.username}
              onChange={(event) => form.setData('username', event.target.value)}
            />
          </Form.Item>
          <Form.Item label="密码" validateStatus={passwordError ? 'error' : undefined} help={passwordError}>
            <Input.Password
              name="password"
              autoComplete="current-password"
              value={form.data.password}
              onChange={(event) => form.setData('password', event.target.value)}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={form.processing} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </Card>
    </div>
  )
}
