import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { loginThrottle, verifyThrottle } from '#start/limiter'
import { controllers } from '#generated/controllers'

/** The portal's pages: a server-side session, CSRF protection, the idle timeout. */
router
  .group(() => {
    router.get('/login', [controllers.Session, 'create']).use(middleware.guest()).as('session.create')
    router.post('/login', [controllers.Session, 'store']).use(loginThrottle).as('session.store')

    // 文书验证: public, no login (the QR code on every issued document points here)
    router.get('/verify', [controllers.Verification, 'index']).as('verify.index')
    router.post('/verify', [controllers.Verification, 'store']).use(verifyThrottle).as('verify.store')
    router.get('/verify/:id', [controllers.Verification, 'show']).as('verify.show')

    router
      .group(() => {
        router.post('/logout', [controllers.Session, 'destroy']).as('session.destroy')
        router.get('/password', [controllers.Password, 'edit']).as('password.edit')
        router.post('/password', [controllers.Password, 'update']).as('password.update')
        router
          .group(() => {
            router.get('/', [controllers.Home, 'show']).as('home')
          })
          .use(middleware.passwordFresh())
      })
      .use([middleware.auth({ guards: ['web'] }), middleware.idleTimeout()])
  })
  .use([middleware.session(), middleware.shield()])
