import { useEffect, useRef, useState } from 'react'
import { Alert } from 'antd'
import Modeler from 'bpmn-js/lib/Modeler'
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel'
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform'
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json'
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'
import '@bpmn-io/properties-panel/assets/properties-panel.css'
import './modeler.css'
import { ZhTranslateModule } from './translate'
import { ZhianPropertiesModule } from './panel'
import type { DraftStore } from './draft_store'

interface Props {
  xml: string
  draft: DraftStore
  /** the modeler once the diagram is shown */
  onReady: (modeler: Modeler) => void
  /** after every edit, undo and redo */
  onChange: () => void
}

/** bpmn-js's Modeler with the Camunda 7 properties panel, in Chinese, plus Zhian's groups (see panel/). */
export function ProcessModeler({ xml, draft, onReady, onChange }: Props) {
  const canvas = useRef<HTMLDivElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const callbacks = useRef({ onReady, onChange })
  callbacks.current = { onReady, onChange }
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const modeler = new Modeler({
      container: canvas.current!,
      propertiesPanel: { parent: panel.current! },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        ZhianPropertiesModule,
        ZhTranslateModule,
        { zhianDraft: ['value', draft] },
      ],
      moddleExtensions: { camunda: camundaModdle },
    })
    // StrictMode mounts twice: the first modeler's import keeps running after destroy() and must not touch the page
    let disposed = false
    modeler.on('commandStack.changed', (event: { trigger?: string }) => event.trigger !== 'clear' && callbacks.current.onChange())
    modeler
      .importXML(xml)
      .then(() => {
        if (disposed) return
        // fit, but never blow a small diagram up under the palette
        const view = modeler.get('canvas') as { zoom(level?: string | number, center?: 'auto'): number }
        view.zoom(Math.min(view.zoom('fit-viewport', 'auto'), 1) * 0.9, 'auto')
        callbacks.current.onReady(modeler)
      })
      .catch((failure: Error) => !disposed && setError(`流程图无法打开：${failure.message}`))
    return () => {
      disposed = true
      modeler.destroy()
    }
  }, [xml, draft])

  return (
    <>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <div className="zhian-modeler">
        <div ref={canvas} className="zhian-modeler-canvas" data-testid="modeler-canvas" />
        <div ref={panel} className="zhian-modeler-panel" data-testid="modeler-panel" />
      </div>
    </>
  )
}
