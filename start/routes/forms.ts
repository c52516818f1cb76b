import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The forms API (docs/forms.md): schemas by form key, drafts, task
 * submissions, data dictionaries and the data-scoped pickers. Bearer tokens
 * only, like the rest of /api.
 */
router
  .group(() => {
    router.get('dictionaries', [controllers.api.Dictionaries, 'index']).as('dictionaries.index')
    router.get('dictionaries/:name', [controllers.api.Dictionaries, 'show']).as('dictionaries.show')
    router.post('dictionaries', [controllers.api.Dictionaries, 'store']).use(middleware.can('dictionary:write')).as('dictionaries.store')
    router.put('dictionaries/:name', [controllers.api.Dictionaries, 'update']).use(middleware.can('dictionary:write')).as('dictionaries.update')
    router.delete('dictionaries/:name', [controllers.api.Dictionaries, 'destroy']).use(middleware.can('dictionary:write')).as('dictionaries.destroy')

    router
      .group(() => {
        router.get('pickers/projects', [controllers.api.Pickers, 'projects']).as('pickers.projects')
        router.get('pickers/organizations', [controllers.api.Pickers, 'organizations']).as('pickers.organizations')
        router.get('pickers/users', [controllers.api.Pickers, 'users']).as('pickers.users')
      })
      .use(middleware.can('form:fill'))
  })
  .prefix('/api')
  .use([middleware.forceJsonResponse(), middleware.auth({ guards: ['api'] }), middleware.passwordFresh()])
  .where('id', router.matchers.number())
  .as('api')
