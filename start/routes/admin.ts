import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/** 流程定义管理 (issue 7, the no-code administration): the page on the portal session, the list as JSON. */
router
  .get('/admin/definitions', [controllers.Definitions, 'index'])
  .as('admin.definitions.index')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh(), middleware.can('definition:read')])

router
  .get('/api/admin/definitions', [controllers.Definitions, 'list'])
  .as('api.admin.definitions.index')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh(), middleware.can('definition:read')])
