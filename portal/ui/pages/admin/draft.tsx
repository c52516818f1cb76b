import { useCallback, useMemo, useRef, useState } from 'react'
import { Button, Space, Tag, message } from 'antd'
import type Modeler from 'bpmn-js/lib/Modeler'
import { AppLayout } from '~/layout/AppLayout'
import { ProcessModeler } from '~/admin/modeler/ProcessModeler'
import { DeployReport } from '~/admin/modeler/DeployReport'
import { DraftFiles } from '~/admin/modeler/DraftFiles'
import { DraftStore, type RoleOption } from '~/admin/modeler/draft_store'
import { deployDraft, saveDraftFiles, type DeployOutcome, type DraftFile } from '~/admin/modeler/api'
import { useUnsavedGuard } from '~/admin/modeler/use_unsaved_guard'
import { useDraftRefresh } from '~/admin/modeler/use_draft_refresh'
import { markProblems, showElement } from '~/admin/modeler/markers'
import type { PageProps } from '~/types'

interface Props {
  draft: { name: string; title: string; files: DraftFile[] }
  roles: RoleOption[]
}

/** The draft's process file: `<name>.bpmn`, else its first top-level BPMN. */
const bpmnFileOf = (draft: Props['draft']) => draft.files.find((f) => f.path === `${draft.name}.bpmn`) ?? draft.files.find((f) => /^[^/]+\.bpmn$/.test(f.path))

/** 流程设计: one draft's process in the modeler, saved into the draft and deployed from it. */
export default function DraftModeler({ draft, roles }: PageProps<Props>) {
  const store = useMemo(() => new DraftStore(draft.name, draft.files, roles), [draft, roles])
  const bpmnFile = bpmnFileOf(draft)
  const modeler = useRef<Modeler | null>(null)
  const [ready, setReady] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [busy, setBusy] = useState<'save' | 'deploy' | null>(null)
  const [outcome, setOutcome] = useState<DeployOutcome | null>(null)
  useUnsavedGuard(dirty)
  useDraftRefresh(store)

  const onReady = useCallback((instance: Modeler) => {
    modeler.current = instance
    setReady(true)
  }, [])
  const onChange = useCallback(() => setDirty(true), [])

  async function save(): Promise<boolean> {
    if (!modeler.current || !bpmnFile) return false
    const { xml } = await modeler.current.saveXML({ format: true })
    try {
      await saveDraftFiles(draft.name, [{ path: bpmnFile.path, content: xml! }])
      setDirty(false)
      return true
    } catch (failure) {
      message.error((failure as Error).message)
      return false
    }
  }

  async function onSave() {
    setBusy('save')
    if (await save()) message.success('已保存')
    setBusy(null)
  }

  // the server deploys what is stored, so unsaved edits are saved first
  async function onDeploy() {
    setBusy('deploy')
    try {
      if (dirty && !(await save())) return
      const result = await deployDraft(draft.name)
      setOutcome(result)
      markProblems(modeler.current!, result.ok ? [] : result.errors)
    } catch (failure) {
      message.error((failure as Error).message)
    } finally {
      setBusy(null)
    }
  }

  async function onDownload() {
    const { xml } = await modeler.current!.saveXML({ format: true })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([xml!], { type: 'application/xml' }))
    link.download = bpmnFile?.path ?? `${draft.name}.bpmn`
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return (
    <AppLayout
      title={`${draft.title}（${draft.name}）`}
      breadcrumbs={[{ title: '流程定义', href: '/admin/definitions' }, { title: '流程设计' }, { title: draft.name }]}
      extra={
        <Space>
          {dirty && <Tag color="orange">有未保存的修改</Tag>}
          <Button onClick={onDownload} disabled={!ready} data-testid="modeler-download">
            下载 BPMN
          </Button>
          <Button autoInsertSpace={false} onClick={onSave} loading={busy === 'save'} disabled={!ready || busy !== null} data-testid="modeler-save">
            保存
          </Button>
          <Button autoInsertSpace={false} type="primary" onClick={onDeploy} loading={busy === 'deploy'} disabled={!ready || busy !== null} data-testid="modeler-deploy">
            部署
          </Button>
        </Space>
      }
    >
      {outcome && (
        <div style={{ marginBottom: 12 }}>
          <DeployReport outcome={outcome} onSelect={(id) => modeler.current && showElement(modeler.current, id)} />
        </div>
      )}
      {/* the forms and templates go below the modeler when the window is too narrow for both */}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 760px', minWidth: 0 }}>
          {bpmnFile ? <ProcessModeler xml={bpmnFile.content} draft={store} onReady={onReady} onChange={onChange} /> : <Tag color="red">草稿中没有 BPMN 文件</Tag>}
        </div>
        <div style={{ flex: '0 0 200px' }}>
          <DraftFiles draft={store} />
        </div>
      </div>
    </AppLayout>
  )
}
