/**
 * React 19 removed `render`/`unmountComponentAtNode` from 'react-dom', which
 * @formily/antd-v5's FormDialog/FormDrawer call through `__builtins__/render`
 * (formily#4315). vite.config.ts resolves that one import here instead.
 */
import type { ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'

const MARK = '__formily_r19_root__'
type Host = Element & { [MARK]?: Root }

export function render(node: ReactNode, element: Element) {
  const host = element as Host
  host[MARK] ??= createRoot(host)
  host[MARK].render(node)
}

export async function unmount(element: Element) {
  // let the render that closed the dialog finish before its root goes away
  await Promise.resolve()
  const host = element as Host
  host[MARK]?.unmount()
  delete host[MARK]
}
