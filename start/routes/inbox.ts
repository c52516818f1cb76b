import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * 待办/已办/抄送 and task handling. The pages run on the portal session; the
 * JSON API serves the pages (session + CSRF) and API clients (Bearer) alike.
 * Task ids are the engine's UUIDs.
 */
router
  .group(() => {
    router.get('/inbox', [controllers.InboxPages, 'show']).as('inbox.page')
    router.get('/tasks/:id', [controllers.TaskPages, 'show']).as('tasks.page')
  })
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh()])

router
  .group(() => {
    router.get('inbox', [controllers.api.Inbox, 'index']).as('inbox.index')
    router.get('inbox/summary', [controllers.api.Inbox, 'summary']).as('inbox.summary')
    router.get('tasks/:id', [controllers.api.Tasks, 'show']).as('tasks.show')
    router.get('tasks/:id/colleagues', [controllers.api.Tasks, 'colleagues']).as('tasks.colleagues')
    router.get('tasks/:id/returnable-activities', [controllers.api.Tasks, 'returnable']).as('tasks.returnable')
    router.post('tasks/:id/actions/:action', [controllers.api.TaskActions, 'store']).as('tasks.actions.store')
  })
  .prefix('/api')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])
  .where('id', /^[0-9a-zA-Z-]{1,36}$/)
  .where('action', /^[a-z_-]{1,32}$/)
  .as('api')
