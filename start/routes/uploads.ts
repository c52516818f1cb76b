import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * Uploads serve the portal (session + CSRF) and API clients (Bearer) alike.
 * tus speaks its own protocol on the raw request, so every tus method goes
 * to one handler. Upload ids are 32 hex characters.
 */
router
  .group(() => {
    router.post('tus', [controllers.api.Uploads, 'tus']).as('tus.create')
    router.route('tus/:uploadId', ['HEAD', 'PATCH', 'DELETE'], [controllers.api.Uploads, 'tus']).as('tus.resume')
    router.get(':id', [controllers.api.Uploads, 'show']).as('show')
  })
  .prefix('/api/uploads')
  .where('uploadId', /^[0-9a-f]{32}$/)
  .where('id', /^[0-9a-f]{32}$/)
  .as('api.uploads')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] })])
