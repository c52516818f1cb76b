import { useEffect, useMemo, useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Button, Card, Col, Row, Space, Tag, message } from 'antd'
import { checkSchema, useDictionaries, type SchemaProblem } from './api'
import { FieldList } from './FieldList'
import { FormSettings } from './FormSettings'
import { JsonDrawer } from './JsonDrawer'
import { Palette } from './Palette'
import { Preview } from './Preview'
import { PropertiesPanel } from './PropertiesPanel'
import { buildSchema, parseSchema, type FormDesign, type SchemaJson } from './model'
import { addField, addLayout, canAdd, canAddLayout, moveInto, renameNode, setColumns, type MoveResult } from './operations'
import { allNodes, moveNode, removeNode, schemaPath, updateNode } from './tree'
import type { Property } from './properties'

export interface FormDesignerProps {
  /** the stored schema; null opens an empty form */
  schema: SchemaJson | null
  /** the name a new form starts with */
  title: string
  /** what the preview's upload and picker components are told the form is */
  formKey: string
  /** stores a schema the server's checker has accepted */
  onSave: (schema: SchemaJson) => Promise<void>
}

/** The checker's problems by node: a path names its node, or the nearest node above it. */
function problemsByNode(design: FormDesign, problems: readonly SchemaProblem[]): Map<string, string[]> {
  const byPath = new Map(allNodes(design.nodes).map((entry) => [schemaPath(entry), entry.node.id]))
  const found = new Map<string, string[]>()
  for (const problem of problems) {
    const segments = problem.path.split('.')
    while (segments.length && !byPath.has(segments.join('.'))) segments.pop()
    const id = byPath.get(segments.join('.'))
    if (id) found.set(id, [...(found.get(id) ?? []), problem.message])
  }
  return found
}

/** What a move did besides moving, said where the administrator looks next (the moved node's panel). */
function moveNotice({ renamed, paths }: MoveResult): string[] {
  return [
    ...renamed.map(({ from, to }) => `目标位置已有标识「${from}」，已改名为「${to}」`),
    ...paths.map(({ from, to }) => `数据路径 ${from} 改为 ${to}，引用它的联动已随之更新`),
  ]
}

/** Leaving with unsaved changes asks first: by the browser (reload, close) and by the portal's own links. */
function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    const off = router.on('before', () => window.confirm('表单有未保存的修改，确定离开吗？'))
    return () => {
      window.removeEventListener('beforeunload', warn)
      off()
    }
  }, [dirty])
}

/**
 * 表单设计器: palette, field list, properties and live preview over one
 * formily schema of Zhian's dialect. 保存 asks the server's dialect checker
 * first and stores nothing it refuses; its findings are shown at their fields.
 */
export function FormDesigner({ schema, title, formKey, onSave }: FormDesignerProps) {
  const [design, setDesign] = useState(() => parseSchema(schema, title))
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [problems, setProblems] = useState<SchemaProblem[]>([])
  const [dirty, setDirty] = useState(false)
  const [busy, setBusy] = useState(false)
  const [jsonOpen, setJsonOpen] = useState(false)
  const [notice, setNotice] = useState<{ id: string; lines: string[] } | null>(null)
  const dictionaries = useDictionaries()
  const built = useMemo(() => buildSchema(design), [design])
  const marked = useMemo(() => problemsByNode(design, problems), [design, problems])
  useLeaveWarning(dirty)

  const change = (edit: (current: FormDesign) => FormDesign) => {
    setDesign(edit)
    setDirty(true)
    setProblems([])
  }
  const write = (id: string, property: Property, value: unknown, values: Record<string, unknown>) => change((d) => updateNode(d, id, (node) => property.write!(node, value, values)))
  const move = (id: string, targetId: string | null) => {
    const moved = moveInto(design, id, targetId)
    if (moved.design === design) return
    change(() => moved.design)
    setNotice({ id, lines: moveNotice(moved) })
  }
  const select = (id: string | null) => {
    setSelectedId(id)
    setNotice(null)
  }

  const check = async (): Promise<boolean> => {
    const found = await checkSchema(built)
    setProblems(found)
    return found.length === 0
  }
  const run = (task: () => Promise<void>) => async () => {
    setBusy(true)
    try {
      await task()
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const save = run(async () => {
    if (!(await check())) return void message.error('表单未通过检查，未保存')
    await onSave(built)
    setDirty(false)
    message.success('已保存')
  })
  const verify = run(async () => void ((await check()) ? message.success('检查通过') : message.error('表单未通过检查')))

  return (
    <div data-testid="form-designer">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <FormSettings design={design} onTitle={(text) => change((d) => ({ ...d, root: { ...d.root, title: text } }))} onColumns={(n) => change((d) => setColumns(d, n))} />
          <Space>
            {dirty && <Tag color="orange">未保存</Tag>}
            <Button onClick={() => setJsonOpen(true)}>查看 JSON</Button>
            {/* disabled, not `loading`: antd's loading icon can stay in the button (and in its accessible name) after its leave motion */}
            <Button autoInsertSpace={false} disabled={busy} onClick={verify}>检查</Button>
            <Button autoInsertSpace={false} type="primary" disabled={busy} onClick={save} data-testid="designer-save">保存</Button>
          </Space>
        </Space>
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="表单未通过检查"
          data-testid="designer-problems"
          description={problems.map((problem) => (
            <div key={`${problem.path}:${problem.message}`}>
              {problem.path || '表单'}：{problem.message}
            </div>
          ))}
        />
      )}
      <Row gutter={12}>
        <Col xs={24} lg={5}>
          <Card size="small" title="组件">
            <Palette
              canAdd={(type) => canAdd(design, type, selectedId)}
              onAdd={(type) => {
                const added = addField(design, type, selectedId, dictionaries[0]?.name)
                change(() => added.design)
                select(added.id)
              }}
              canAddLayout={canAddLayout(design, selectedId)}
              onAddLayout={(type) => {
                const added = addLayout(design, type, selectedId)
                change(() => added.design)
                select(added.id)
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title="字段">
            <FieldList
              design={design}
              selectedId={selectedId}
              problems={marked}
              onSelect={select}
              onMove={(id, to) => change((d) => moveNode(d, id, to))}
              onRemove={(id) => change((d) => removeNode(d, id))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="属性" data-testid="designer-properties">
            <PropertiesPanel
              design={design}
              selectedId={selectedId}
              dictionaries={dictionaries}
              onWrite={write}
              onRename={(id, key) => change((d) => renameNode(d, id, key))}
              onMove={move}
              moveNotice={notice?.id === selectedId ? notice.lines : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Preview schema={built} formKey={formKey} />
      <JsonDrawer open={jsonOpen} schema={built} onClose={() => setJsonOpen(false)} />
    </div>
  )
}
