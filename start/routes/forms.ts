import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The forms API (docs/forms.md): schemas by form key, drafts, task
 * submissions, data dictionaries and the data-scoped pickers. API clients
 * send a Bearer token; the portal's form pages call it on their session
 * (with CSRF and the idle timeout), as uploads do.
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

        router.get('forms/:scope/:name', [controllers.api.Forms, 'show']).as('forms.show')
        router.post('forms/:scope/:name/validate', [controllers.api.Forms, 'validate']).as('forms.validate')
        router.get('forms/:scope/:name/drafts', [controllers.api.FormDrafts, 'index']).as('forms.drafts.index')
        router.post('forms/:scope/:name/drafts', [controllers.api.FormDrafts, 'store']).as('forms.drafts.store')
        router.get('forms/:scope/:name/drafts/:id', [controllers.api.FormDrafts, 'show']).as('forms.drafts.show')
        router.put('forms/:scope/:name/drafts/:id', [controllers.api.FormDrafts, 'update']).as('forms.drafts.update')
        router.post('tasks/:taskId/submit', [controllers.api.TaskSubmissions, 'store']).as('tasks.submit')
        router.get('submissions/:id', [controllers.api.Submissions, 'show']).as('submissions.show')
      })
      .use(middleware.can('form:fill'))
  })
  .prefix('/api')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])
  .where('id', router.matchers.number())
  .as('api')
