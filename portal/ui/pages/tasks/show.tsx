import { useMemo } from 'react'
import { Link } from '@inertiajs/react'
import { createForm } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { Alert, Card, Descriptions, Empty, Image, List, Space, Tag, Timeline, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { FormRenderer } from '~/forms/FormRenderer'
import { plainValues, showServerErrors } from '~/forms/server_checks'
import { ProcessDiagram } from '~/inbox/ProcessDiagram'
import { TaskActions } from '~/inbox/TaskActions'
import { formatTime } from '~/inbox/api'
import type { PageProps } from '~/types'

interface ShownForm {
  formKey: string
  schema: ISchema
  value: Record<string, unknown> | null
}

interface TaskView {
  task: { id: string; name: string | null; taskKey: string; assignee: string | null; owner: string | null; delegationState: string | null; createdAt: string; dueAt: string | null; overdue: boolean; followUpAt: string | null; remind: boolean; suspended: boolean }
  case: { id: number; caseNo: string; title: string; applicant: string | null; handler: string | null; project: { id: number; name: string; code: string } | null }
  actions: string[]
  signIn: { url: string; qrSvg: string; attendees: { name: string; organizationName: string; position: string; signedAt: string }[] } | null
  startForm: ShownForm | null
  taskForm: ShownForm | null
  attachments: { id: string; name: string; mime: string; size: number }[]
  diagram: { xml: string; current: string[]; completed: string[] }
  history: {
    actions: { id: number; taskName: string | null; action: string; user: string | null; target: string | null; comment: string | null; at: string | null }[]
    steps: { id: string; name: string | null; assignee: string | null; startedAt: string; endedAt: string | null; outcome: string | null }[]
  }
}

const ACTION_NAMES: Record<string, string> = {
  start: '发起', submit: '提交', approve: '通过', return: '驳回', return_to_step: '退回', claim: '认领', unclaim: '取消认领',
  transfer: '转办', delegate: '委派', resolve: '归还', add_signer: '加签', copy: '抄送', document: '出具文书', sign_in: '签到',
}

const isPhone = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 600px)').matches

/** 任务办理: the case, its forms and files, where it stands in the process, its history, and what the caller may do. */
export default function TaskShow({ view }: PageProps<{ view: TaskView }>) {
  const { task, case: header } = view
  const mobile = useMemo(isPhone, [])
  // the form is filled by whoever may complete the step: 通过 (a decision) or 提交 (the applicant's correction)
  const completes = view.actions.includes('approve') || view.actions.includes('submit')
  const taskForm = useMemo(() => createForm({ values: view.taskForm?.value ?? {}, editable: completes }), [view.taskForm, completes])
  const startForm = useMemo(() => createForm({ values: view.startForm?.value ?? {}, readPretty: true }), [view.startForm])

  async function collectForm() {
    taskForm.clearErrors('*')
    try {
      await taskForm.validate()
      return plainValues(taskForm)
    } catch {
      return null
    }
  }

  return (
    <AppLayout title={task.name ?? '任务办理'} breadcrumbs={[{ title: '我的待办', href: '/inbox' }, { title: header.caseNo }]}>
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        {task.suspended && <Alert type="warning" showIcon data-testid="task-suspended" message="此办件已被管理员挂起，暂不能办理；激活后可继续。" />}
        <Card data-testid="case-header">
          <Descriptions column={mobile ? 1 : 3} size="small">
            <Descriptions.Item label="办件编号">{header.caseNo}</Descriptions.Item>
            <Descriptions.Item label="办件名称">{header.title}</Descriptions.Item>
            <Descriptions.Item label="申请单位">{header.applicant ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="受理机构">{header.handler ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="工程项目">{header.project ? <Link href={`/projects/${header.project.id}`}>{header.project.name}</Link> : '—'}</Descriptions.Item>
            <Descriptions.Item label="办理期限">
              <Typography.Text type={task.overdue ? 'danger' : undefined} data-testid="task-due">
                {formatTime(task.dueAt)} {task.overdue && <Tag color="red">已超期</Tag>}
              </Typography.Text>
            </Descriptions.Item>
            {task.followUpAt && (
              <Descriptions.Item label="提醒时间">
                <span data-testid="task-follow-up">
                  {formatTime(task.followUpAt)} {task.remind && <Tag color="orange">已到提醒时间</Tag>}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label="当前办理人">{task.assignee ?? '待认领'}{task.delegationState === 'PENDING' && <Tag color="orange" style={{ marginLeft: 8 }}>委派中</Tag>}</Descriptions.Item>
          </Descriptions>
        </Card>

        {view.startForm && (
          <Card title="申请信息" size="small" data-testid="start-form">
            <FormRenderer form={startForm} schema={view.startForm.schema} formKey={view.startForm.formKey} mobile={mobile} />
          </Card>
        )}

        {view.taskForm && (
          <Card title={task.name ?? '办理'} size="small" data-testid="task-form">
            <FormRenderer form={taskForm} schema={view.taskForm.schema} formKey={view.taskForm.formKey} mobile={mobile} />
          </Card>
        )}

        {view.actions.length > 0 && (
          <Card size="small" data-testid="task-actions">
            <TaskActions taskId={task.id} actions={view.actions} collectForm={view.taskForm && completes ? collectForm : null} showErrors={(errors) => showServerErrors(taskForm, errors)} />
          </Card>
        )}

        {view.signIn && (
          <Card title="扫码签到" size="small" data-testid="sign-in-qr">
            <Space align="start" wrap size={24}>
              {/* our own SVG from the QR matrix (documents/qr): paths only, no user text */}
              <div style={{ width: 180, padding: 8, background: '#fff' }} dangerouslySetInnerHTML={{ __html: view.signIn.qrSvg }} />
              <Space direction="vertical">
                <Typography.Text>请参会人员用手机扫描二维码签到（会议办结后二维码失效）。</Typography.Text>
                <Typography.Link href={view.signIn.url} target="_blank" copyable={{ text: view.signIn.url }} data-testid="sign-in-link">签到链接</Typography.Link>
                <Typography.Text strong>已签到 {view.signIn.attendees.length} 人</Typography.Text>
                <List
                  size="small"
                  dataSource={view.signIn.attendees}
                  data-testid="sign-in-attendees"
                  renderItem={(a) => <List.Item>{a.name}（{a.organizationName}，{a.position}） {formatTime(a.signedAt)}</List.Item>}
                />
              </Space>
            </Space>
          </Card>
        )}

        <Card title="附件" size="small" data-testid="attachments">
          {view.attachments.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无附件" />
          ) : (
            <List
              dataSource={view.attachments}
              renderItem={(file) => (
                <List.Item>
                  {file.mime.startsWith('image/') ? (
                    <Image src={`/api/uploads/${file.id}?rendition=1`} alt={file.name} width={160} preview={{ src: `/api/uploads/${file.id}` }} />
                  ) : (
                    <a href={`/api/uploads/${file.id}`} target="_blank" rel="noreferrer">{file.name}</a>
                  )}
                  <Typography.Text type="secondary">{file.mime === 'application/pdf' ? 'PDF，点击在新窗口预览' : file.name}</Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>

        <Card title="流程图" size="small">
          <ProcessDiagram xml={view.diagram.xml} current={view.diagram.current} completed={view.diagram.completed} />
        </Card>

        <Card title="办理记录" size="small" data-testid="case-history">
          <Timeline
            items={[
              ...view.history.steps.map((s) => ({
                at: s.startedAt,
                key: `s-${s.id}`,
                color: s.endedAt ? 'green' : 'blue',
                children: `${formatTime(s.startedAt)} ${s.name ?? ''}${s.assignee ? `（${s.assignee}）` : ''}${s.endedAt ? ` 于 ${formatTime(s.endedAt)} 办结` : ' 办理中'}`,
              })),
              ...view.history.actions.map((a) => ({
                at: a.at ?? '',
                key: `a-${a.id}`,
                color: a.action === 'return' ? 'red' : 'gray',
                children: `${formatTime(a.at)} ${a.user ?? ''} ${ACTION_NAMES[a.action] ?? a.action}${a.target ? ` → ${a.target}` : ''}${a.taskName ? `【${a.taskName}】` : ''}${a.comment ? `：${a.comment}` : ''}`,
              })),
            ]
              .sort((x, y) => x.at.localeCompare(y.at))
              .map(({ at: _at, ...item }) => item)}
          />
        </Card>
      </Space>
    </AppLayout>
  )
}
