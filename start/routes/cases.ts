import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * Starting cases (发起办理) through the JSON API: API clients send a Bearer
 * token; the workspace's start page calls it on its session (with CSRF and
 * the idle timeout), as the forms API does.
 */
router
  .post('/api/processes/:key/start', [controllers.api.CaseStarts, 'store'])
  .as('api.processes.start')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh(), middleware.can('form:fill')])

/** 扫码签到: public (no login), reached by the signed URL in the briefing's QR code. */
router
  .group(() => {
    router.get('/briefing/:id', [controllers.BriefingSignIns, 'show']).as('briefing.show')
    router.post('/briefing/:id', [controllers.BriefingSignIns, 'store']).as('briefing.store')
  })
  .where('id', router.matchers.number())
  .use([middleware.session(), middleware.shield()])
