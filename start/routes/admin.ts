import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/** 流程定义管理 (issue 7, the no-code administration): the page on the portal session, the list as JSON. */
router
  .get('/admin/definitions', [controllers.Definitions, 'index'])
  .as('admin.definitions.index')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh(), middleware.can('definition:read')])

router
  .group(() => {
    router.get('definitions', [controllers.Definitions, 'list']).use(middleware.can('definition:read')).as('definitions.index')
    router.get('deployments/:id/export', [controllers.Definitions, 'export']).use(middleware.can('definition:read')).as('deployments.export')
    router.post('definitions/import', [controllers.Definitions, 'import']).use(middleware.can('definition:deploy')).as('definitions.import')
    router
      .group(() => {
        router.get('drafts', [controllers.DefinitionDrafts, 'index']).as('index')
        router.post('drafts', [controllers.DefinitionDrafts, 'store']).as('store')
        router.get('drafts/:name', [controllers.DefinitionDrafts, 'show']).as('show')
        router.put('drafts/:name/files', [controllers.DefinitionDrafts, 'saveFile']).as('files.save')
        router.delete('drafts/:name/files', [controllers.DefinitionDrafts, 'deleteFile']).as('files.delete')
        router.post('drafts/:name/deploy', [controllers.DefinitionDrafts, 'deploy']).as('deploy')
      })
      .as('drafts')
      .use(middleware.can('definition:deploy'))
  })
  .prefix('/api/admin')
  .as('api.admin')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])

/** 文书模板编辑 (issue 7): a draft's template in the editor, and its live preview (nothing numbered, signed or stored). */
router
  .get('/admin/drafts/:name/documents/:template', [controllers.TemplateEditor, 'show'])
  .as('admin.drafts.templates.show')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh(), middleware.can('definition:deploy')])

router
  .post('/api/admin/templates/preview', [controllers.TemplatePreviews, 'store'])
  .as('api.admin.templates.preview')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh(), middleware.can('definition:deploy')])

/** 流程设计 (issue 7): the process modeler of a draft, and the condition checker it asks while a condition is typed. */
router
  .get('/admin/drafts/:name', [controllers.ModelerPages, 'show'])
  .as('admin.drafts.modeler')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh(), middleware.can('definition:deploy')])

router
  .post('/api/admin/expressions/check', [controllers.ExpressionChecks, 'store'])
  .as('api.admin.expressions.check')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh(), middleware.can('definition:deploy')])

/** 表单设计器 (issue 7): a draft's form in the designer, and the dialect check the designer runs before it saves. */
router
  .get('/admin/drafts/:name/forms/:form', [controllers.FormDesigner, 'show'])
  .as('admin.drafts.forms.edit')
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh(), middleware.can('definition:read'), middleware.can('definition:deploy')])

router
  .post('/api/admin/forms/check', [controllers.api.FormChecks, 'store'])
  .as('api.admin.forms.check')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh(), middleware.can('definition:deploy')])

/**
 * 挂起/激活, 版本对比, 运行异常 (重试) and running instances (挂起/激活 one) of 流程定义, and the administrators' pages (三员分立):
 * 角色与权限 and 用户角色 for the security administrator, 数据字典 for the
 * system administrator. The pages call the JSON APIs on their session.
 */
router
  .group(() => {
    router.post('definitions/:id/suspend', [controllers.DefinitionSuspensions, 'suspend']).use(middleware.can('definition:deploy')).as('definitions.suspend')
    router.post('definitions/:id/resume', [controllers.DefinitionSuspensions, 'resume']).use(middleware.can('definition:deploy')).as('definitions.resume')
    router.get('definitions/compare', [controllers.DefinitionComparisons, 'show']).use(middleware.can('definition:read')).as('definitions.compare')
    router.get('incidents', [controllers.Incidents, 'index']).use(middleware.can('definition:read')).as('incidents.index')
    router.post('incidents/:id/retry', [controllers.Incidents, 'retry']).use(middleware.can('definition:deploy')).as('incidents.retry')
    router.get('instances', [controllers.ProcessInstances, 'index']).use(middleware.can('definition:read')).as('instances.index')
    router.post('instances/:id/suspend', [controllers.ProcessInstances, 'suspend']).use(middleware.can('definition:deploy')).as('instances.suspend')
    router.post('instances/:id/resume', [controllers.ProcessInstances, 'resume']).use(middleware.can('definition:deploy')).as('instances.resume')
  })
  .prefix('/api/admin')
  .as('api.admin')
  .use([middleware.forceJsonResponse(), middleware.sessionUnlessBearer(), middleware.auth({ guards: ['api', 'web'] }), middleware.passwordFresh()])

router
  .group(() => {
    router.get('/admin/roles', [controllers.RolePages, 'index']).use(middleware.can('role:read')).as('admin.roles.index')
    router.get('/admin/user-roles', [controllers.UserRolePages, 'index']).use(middleware.can('role:assign')).as('admin.user_roles.index')
    router.get('/admin/dictionaries', [controllers.DictionaryPages, 'index']).use(middleware.can('dictionary:write')).as('admin.dictionaries.index')
  })
  .use([middleware.session(), middleware.shield(), middleware.auth({ guards: ['web'] }), middleware.idleTimeout(), middleware.passwordFresh()])
