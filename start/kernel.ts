import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/** Server middleware: every request, even without a matching route. */
server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/static_assets_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
])

/**
 * Router middleware: requests that matched a route. Sessions and CSRF are
 * for the portal's pages only (see `portalSession` below): API clients carry
 * a Bearer token, and a session row per API call would be pure waste.
 */
router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/initialize_auth_middleware'),
])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  forceJsonResponse: () => import('#middleware/force_json_response_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  idleTimeout: () => import('#middleware/idle_timeout_middleware'),
  passwordFresh: () => import('#middleware/password_fresh_middleware'),
  can: () => import('#middleware/permission_middleware'),
  sessionUnlessBearer: () => import('#middleware/session_unless_bearer_middleware'),
})
