import { Alert, List, Typography } from 'antd'
import type { DeployOutcome, DraftProblem } from './api'

interface Props {
  outcome: DeployOutcome
  /** shows the element a finding names */
  onSelect: (elementId: string) => void
}

function Problems({ items, onSelect }: { items: DraftProblem[]; onSelect: Props['onSelect'] }) {
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="deploy-problems"
      renderItem={(item) => (
        <List.Item data-element-id={item.elementId ?? undefined} style={{ cursor: item.elementId ? 'pointer' : undefined }} onClick={() => item.elementId && onSelect(item.elementId)}>
          <Typography.Text>
            {item.elementId && <Typography.Text code>{item.elementId}</Typography.Text>}
            {item.message}
            {item.path && <Typography.Text type="secondary">（{item.path}）</Typography.Text>}
          </Typography.Text>
        </List.Item>
      )}
    />
  )
}

/** What the last 部署 said: the versions made and the warnings, or the errors with the elements they name. */
export function DeployReport({ outcome, onSelect }: Props) {
  if (!outcome.ok) {
    return <Alert type="error" showIcon data-testid="deploy-result" message={`部署未通过检查（${outcome.errors.length} 处问题，点击可定位到流程图中的元素）`} description={<Problems items={outcome.errors} onSelect={onSelect} />} />
  }
  const versions = outcome.definitions.map((d) => `${d.key} 第 ${d.version} 版`).join('、')
  return (
    <Alert
      type={outcome.warnings.length ? 'warning' : 'success'}
      showIcon
      data-testid="deploy-result"
      message={outcome.created ? `已部署 ${versions}` : '与已部署的版本相同，无需重新部署'}
      description={outcome.warnings.length ? <Problems items={outcome.warnings} onSelect={onSelect} /> : undefined}
    />
  )
}
