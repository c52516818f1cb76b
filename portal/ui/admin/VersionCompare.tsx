import { useEffect, useState } from 'react'
import { Alert, Collapse, Drawer, Empty, Select, Space, Spin, Tag, Typography } from 'antd'
import { api } from '~/inbox/api'
import { usePhone } from '~/layout/use_phone'

interface ElementRef {
  id: string
  name: string | null
  type: string
}

interface ResourceComparison {
  name: string
  status: 'added' | 'removed' | 'changed' | 'same'
  diff: string | null
  elements: { added: ElementRef[]; removed: ElementRef[]; renamed: (ElementRef & { from: string | null })[] } | null
}

interface Props {
  open: boolean
  onClose: () => void
  name: string
  versions: { id: string; version: number }[]
}

const STATUS: Record<ResourceComparison['status'], { label: string; color: string }> = {
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
  changed: { label: '修改', color: 'orange' },
  same: { label: '相同', color: 'default' },
}

const LINE_STYLE = (line: string) => {
  if (line.startsWith('+++') || line.startsWith('---')) return { color: '#595959', fontWeight: 600 }
  if (line.startsWith('+')) return { background: '#f6ffed', color: '#237804' }
  if (line.startsWith('-')) return { background: '#fff1f0', color: '#a8071a' }
  if (line.startsWith('@@')) return { color: '#1677ff' }
  return {}
}

const KINDS: Record<string, string> = {
  'bpmn:Process': '流程',
  'bpmn:UserTask': '用户任务',
  'bpmn:ServiceTask': '服务任务',
  'bpmn:SendTask': '发送任务',
  'bpmn:StartEvent': '开始事件',
  'bpmn:EndEvent': '结束事件',
  'bpmn:IntermediateCatchEvent': '中间事件',
  'bpmn:IntermediateThrowEvent': '中间事件',
  'bpmn:BoundaryEvent': '边界事件',
  'bpmn:ExclusiveGateway': '排他网关',
  'bpmn:ParallelGateway': '并行网关',
  'bpmn:InclusiveGateway': '包容网关',
  'bpmn:EventBasedGateway': '事件网关',
  'bpmn:SubProcess': '子流程',
  'bpmn:CallActivity': '调用活动',
  'bpmn:SequenceFlow': '连线',
}

/** "用户任务 告知申请人（notice）": the kind, the label when there is one, the id. */
const label = (element: ElementRef) => `${KINDS[element.type] ?? element.type.replace('bpmn:', '')} ${element.name ? `${element.name}（${element.id}）` : element.id}`

/** A unified diff with added lines green and removed lines red. */
function DiffView({ diff }: { diff: string }) {
  const lines = diff.split('\n').filter((line) => !line.startsWith('====='))
  return (
    <pre data-testid="compare-diff" style={{ fontSize: 12, maxHeight: 480, overflow: 'auto', background: '#fafafa', padding: 8, margin: 0 }}>
      {lines.map((line, index) => (
        <div key={index} className={line.startsWith('+') && !line.startsWith('+++') ? 'diff-added' : line.startsWith('-') && !line.startsWith('---') ? 'diff-removed' : undefined} style={LINE_STYLE(line)}>
          {line || ' '}
        </div>
      ))}
    </pre>
  )
}

/** The BPMN elements added, removed and renamed between the versions. */
function ElementChanges({ elements }: { elements: NonNullable<ResourceComparison['elements']> }) {
  const none = !elements.added.length && !elements.removed.length && !elements.renamed.length
  if (none) return <Typography.Text type="secondary">流程元素未增删或改名（其他属性或布局有变化）</Typography.Text>
  return (
    <Space direction="vertical" size={4} data-testid="compare-elements">
      {elements.added.map((e) => (
        <Tag key={`a-${e.id}`} color="green">新增 {label(e)}</Tag>
      ))}
      {elements.removed.map((e) => (
        <Tag key={`r-${e.id}`} color="red">删除 {label(e)}</Tag>
      ))}
      {elements.renamed.map((e) => (
        <Tag key={`n-${e.id}`} color="orange">
          改名 {KINDS[e.type] ?? e.type} {e.id}：{e.from ?? '（未命名）'} → {e.name ?? '（未命名）'}
        </Tag>
      ))}
    </Space>
  )
}

/** 版本对比: pick two versions of one process; each file shows whether it was added, removed, changed or kept. */
export function VersionCompare({ open, onClose, name, versions }: Props) {
  const [left, setLeft] = useState(versions[1]?.id ?? versions[0]?.id)
  const [right, setRight] = useState(versions[0]?.id)
  const [result, setResult] = useState<ResourceComparison[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const phone = usePhone()

  useEffect(() => {
    if (!open || !left || !right) return
    setResult(null)
    setError(null)
    api<{ resources: ResourceComparison[] }>(`/api/admin/definitions/compare?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`)
      .then((body) => setResult(body.resources))
      .catch((failure: Error) => setError(failure.message))
  }, [open, left, right])

  const options = versions.map((v) => ({ value: v.id, label: `第 ${v.version} 版` }))
  const changed = result?.filter((r) => r.status !== 'same') ?? []
  return (
    <Drawer title={`版本对比：${name}`} width={phone ? '100%' : 960} open={open} onClose={onClose} destroyOnHidden>
      <div data-testid="compare-drawer">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select style={{ width: 140 }} options={options} value={left} onChange={setLeft} data-testid="compare-left" />
        <span>→</span>
        <Select style={{ width: 140 }} options={options} value={right} onChange={setRight} data-testid="compare-right" />
      </Space>
      {error && <Alert type="error" message={error} />}
      {!result && !error && <Spin />}
      {result && changed.length === 0 && <Empty description="两个版本的文件完全相同" />}
      {result && changed.length > 0 && (
        <Collapse
          data-testid="compare-resources"
          defaultActiveKey={changed.filter((r) => r.status === 'changed').map((r) => r.name)}
          items={result.map((resource) => ({
            key: resource.name,
            label: (
              <Space>
                <Tag color={STATUS[resource.status].color}>{STATUS[resource.status].label}</Tag>
                <span data-testid="compare-resource-name">{resource.name}</span>
              </Space>
            ),
            collapsible: resource.status === 'same' ? 'disabled' : undefined,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                {resource.elements && <ElementChanges elements={resource.elements} />}
                {resource.diff && <DiffView diff={resource.diff} />}
              </Space>
            ),
          }))}
        />
      )}
      </div>
    </Drawer>
  )
}
