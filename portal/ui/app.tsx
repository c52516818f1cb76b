import '@ant-design/v5-patch-for-react-19'
import './css/app.css'
import { createRoot } from 'react-dom/client'
import { ConfigProvider } from 'antd'
// the ES module: the CommonJS one ('antd/locale/zh_CN') arrives through Vite as { default }, and antd fell back to English
import zhCN from 'antd/es/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createInertiaApp, type ResolvedComponent } from '@inertiajs/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'

dayjs.locale('zh-cn')

createInertiaApp({
  title: (title) => (title ? `${title} - 质安智监` : '质安智监'),
  /** Inertia 3 wants the component itself, so unwrap the module's default export. */
  resolve: async (name) => {
    const page = await resolvePageComponent(
      `./pages/${name}.tsx`,
      import.meta.glob<{ default: ResolvedComponent }>('./pages/**/*.tsx')
    )
    return page.default
  },
  setup({ el, App, props }) {
    createRoot(el).render(
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1d4f91' } }}>
        <App {...props} />
      </ConfigProvider>
    )
  },
})
