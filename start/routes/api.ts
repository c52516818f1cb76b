import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { loginThrottle } from '#start/limiter'
import { controllers } from '#generated/controllers'

/**
 * The JSON API for API clients and devices: Bearer tokens only (never the
 * session cookie, which is why CSRF does not apply here).
 */
router
  .group(() => {
    router.post('tokens', [controllers.api.AccessTokens, 'store']).use(loginThrottle).as('tokens.store')

    router
      .group(() => {
        router.delete('tokens/current', [controllers.api.AccessTokens, 'destroy']).as('tokens.destroy')
        router.get('me', [controllers.api.Me, 'show']).as('me.show')
        router.put('me/password', [controllers.api.Me, 'updatePassword']).as('me.password')

        router
          .group(() => {
            router.get('projects', [controllers.api.Projects, 'index']).use(middleware.can('project:read')).as('projects.index')
            router.get('projects/:id', [controllers.api.Projects, 'show']).use(middleware.can('project:read')).as('projects.show')
            router.post('projects', [controllers.api.Projects, 'store']).use(middleware.can('project:create')).as('projects.store')
            router.get('personnel/:id', [controllers.api.Personnel, 'show']).use(middleware.can('personnel:read')).as('personnel.show')

            router.get('documents/export', [controllers.api.DocumentExports, 'show']).use(middleware.can('document:read')).as('documents.export')

            router.get('audit-logs', [controllers.api.AuditLogs, 'index']).use(middleware.can('audit:read')).as('audit.index')
            router.get('audit-logs/export', [controllers.api.AuditLogs, 'export']).use(middleware.can('audit:export')).as('audit.export')
          })
          .use(middleware.passwordFresh())
      })
      .use(middleware.auth({ guards: ['api'] }))
  })
  .prefix('/api')
  .where('id', router.matchers.number())
  .as('api')
  .use(middleware.forceJsonResponse())

/**
 * Administration (三员分立: organisations and users, roles, permissions and
 * grants): API clients send a Bearer token; the portal's admin pages call the
 * same routes on their session, with CSRF and the idle timeout.
 */
router
  .group(() => {
    router.get('organizations', [controllers.api.Organizations, 'index']).use(middleware.can('organization:read')).as('organizations.index')
    router.post('organizations', [controllers.api.Organizations, 'store']).use(middleware.can('organization:write')).as('organizations.store')
    router.get('users', [controllers.api.Users, 'index']).use(middleware.can('user:read')).as('users.index')
    router.get('users/:id', [controllers.api.Users, 'show']).use(middleware.can('user:read')).as('users.show')
    router.post('users', [controllers.api.Users, 'store']).use(middleware.can('user:write')).as('users.store')

    router.get('roles', [controllers.api.Roles, 'index']).use(middleware.can('role:read')).as('roles.index')
    router.get('permissions', [controllers.api.Roles, 'permissions']).use(middleware.can('role:read')).as('permissions.index')
    router.post('roles', [controllers.api.Roles, 'store']).use(middleware.can('role:write')).as('roles.store')
    router.put('roles/:id', [controllers.api.Roles, 'update']).use(middleware.can('role:write')).as('roles.update')
    router.delete('roles/:id', [controllers.api.Roles, 'destroy']).use(middleware.can('role:write')).as('roles.destroy')
    router.put('users/:id/roles', [controllers.api.UserRoles, 'update']).use(middleware.can('role:assign')).as('users.roles.update')
    router.post('users/:id/unlock', [controllers.api.UserUnlocks, 'store']).use(middleware.can('user:unlock')).as('users.unlock')
  })
  .prefix('/api')
  .where('id', router.matchers.number())
  .as('api')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])
