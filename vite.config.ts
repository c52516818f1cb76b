import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import adonisjs from '@adonisjs/vite/client'

const FORMILY_RENDER_SHIM = `${import.meta.dirname}/portal/ui/forms/shims/formily_render_r19.ts`

/**
 * Points @formily/antd-v5's `__builtins__/render` at a React 19 shim. It runs
 * in the dev server and, through optimizeDeps, in dependency pre-bundling,
 * which does not see the normal plugins.
 */
function formilyRenderShim(): Plugin {
  return {
    name: 'zhian-formily-render-r19',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/^\.\/render(\.js)?$/.test(source) && importer && /@formily[\\/]antd-v5[\\/](esm|lib)[\\/]__builtins__/.test(importer)) {
        return FORMILY_RENDER_SHIM
      }
      return null
    },
  }
}

export default defineConfig({
  plugins: [
    formilyRenderShim(),
    react(),
    adonisjs({
      entryPoints: ['portal/ui/app.tsx'],
      serverEntryPoints: [],
      reload: ['portal/views/**/*.edge'],
    }),
  ],
  // node_modules may be shared between checkouts: keep each one's pre-bundled deps apart
  cacheDir: `${import.meta.dirname}/tmp/vite`,
  optimizeDeps: {
    rolldownOptions: { plugins: [formilyRenderShim()] },
    // bundled when the server starts, not discovered by the first form page (which would then reload)
    include: ['antd', 'antd/locale/zh_CN', '@formily/core', '@formily/react', '@formily/reactive', '@formily/antd-v5', 'antd-mobile', 'tus-js-client', 'dayjs', '@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities'],
  },
  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/portal/ui/`,
    },
  },
})
