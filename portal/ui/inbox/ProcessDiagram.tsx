import { useEffect, useRef, useState } from 'react'
import { Alert } from 'antd'
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import './diagram.css'

interface Props {
  xml: string
  /** activities waiting now (marked `zhian-current`) */
  current: string[]
  /** activities passed (marked `zhian-completed`) */
  completed: string[]
}

/** The process as modelled, with where the case stands: pan and zoom, read-only. */
export function ProcessDiagram({ xml, current, completed }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!container.current) return
    const viewer = new NavigatedViewer({ container: container.current })
    let alive = true
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return
        const canvas = viewer.get('canvas') as { zoom(level: string): void; addMarker(id: string, marker: string): void }
        const registry = viewer.get('elementRegistry') as { get(id: string): unknown }
        canvas.zoom('fit-viewport')
        for (const id of completed) if (registry.get(id) && !current.includes(id)) canvas.addMarker(id, 'zhian-completed')
        for (const id of current) if (registry.get(id)) canvas.addMarker(id, 'zhian-current')
      })
      .catch(() => alive && setError('流程图无法显示（模型缺少图形信息）'))
    return () => {
      alive = false
      viewer.destroy()
    }
  }, [xml, current, completed])

  return (
    <>
      {error && <Alert type="warning" showIcon message={error} />}
      <div ref={container} data-testid="process-diagram" style={{ height: 360, border: '1px solid #f0f0f0', background: '#fff' }} />
    </>
  )
}
