import { setValidateLanguage } from '@formily/core'
import { unstableSetRender } from 'antd-mobile'
import { createRoot, type Root } from 'react-dom/client'

/**
 * Once per page, before any form renders: formily picks its message language
 * from navigator.language (en-US in headless Chromium), and antd-mobile's
 * Toast/Dialog need a React 19 render function (they call the removed
 * unmountComponentAtNode otherwise).
 */
setValidateLanguage('zh-CN')

unstableSetRender((node, container) => {
  const host = container as Element & { __zhian_root__?: Root }
  host.__zhian_root__ ??= createRoot(host)
  host.__zhian_root__.render(node)
  return async () => {
    await Promise.resolve()
    host.__zhian_root__?.unmount()
    delete host.__zhian_root__
  }
})

const ARRAY_TABLE_INDEX = '__DO_NOT_USE_THIS_PROPERTY_index__'

/** Plain submitted values: ArrayTable writes its row index into every row; it is not data. */
export function stripArrayTableIndex(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripArrayTableIndex)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== ARRAY_TABLE_INDEX).map(([key, v]) => [key, stripArrayTableIndex(v)]))
}
