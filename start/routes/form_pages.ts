import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/** Form pages of the portal; the form key travels URL-encoded (`/forms/zhian%3Asite-inspection%2Finspection`). */
router
  .get('/forms/:formKey', [controllers.FormPages, 'show'])
  .as('forms.show')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh()])
