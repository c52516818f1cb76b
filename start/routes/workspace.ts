import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The workspace's pages (工作台 menus: 发起办理, 办件, 工程项目, 文书, 我的单位)
 * on the portal session, as start/routes/portal.ts.
 */
router
  .group(() => {
    router.get('/workspace/start', [controllers.ProcessStarts, 'index']).use(middleware.can('form:fill')).as('workspace.start.index')
    router.get('/workspace/start/:key', [controllers.ProcessStarts, 'show']).use(middleware.can('form:fill')).as('workspace.start.show')
    router.get('/workspace/organization', [controllers.WorkspaceOrganization, 'show']).as('workspace.organization.show')
    router.get('/cases', [controllers.CasePages, 'index']).as('cases.index')
    router.get('/cases/:id', [controllers.CasePages, 'show']).where('id', router.matchers.number()).as('cases.show')
    router.get('/projects', [controllers.ProjectPages, 'index']).use(middleware.can('project:read')).as('projects.index')
    router.get('/projects/:id', [controllers.ProjectPages, 'show']).where('id', router.matchers.number()).use(middleware.can('project:read')).as('projects.show')
    router.get('/documents', [controllers.DocumentPages, 'index']).use(middleware.can('document:read')).as('documents.index')
  })
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh()])

/**
 * The workspace's files: the 办件台账 export and an issued document's PDF.
 * The portal calls them on its session; API clients with a Bearer token.
 */
router
  .group(() => {
    router.get('cases/export', [controllers.api.CaseExports, 'show']).as('cases.export')
    router.get('documents/:id/pdf', [controllers.api.DocumentFiles, 'show']).where('id', /^[0-9a-f-]{36}$/).as('documents.pdf')
  })
  .prefix('/api')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])
  .as('api')
