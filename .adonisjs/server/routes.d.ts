import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'verify.index': { paramsTuple?: []; params?: {} }
    'verify.store': { paramsTuple?: []; params?: {} }
    'verify.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'api.tokens.store': { paramsTuple?: []; params?: {} }
    'api.tokens.destroy': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.me.password': { paramsTuple?: []; params?: {} }
    'api.projects.index': { paramsTuple?: []; params?: {} }
    'api.projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.projects.store': { paramsTuple?: []; params?: {} }
    'api.personnel.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.documents.export': { paramsTuple?: []; params?: {} }
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
    'api.organizations.index': { paramsTuple?: []; params?: {} }
    'api.organizations.store': { paramsTuple?: []; params?: {} }
    'api.users.index': { paramsTuple?: []; params?: {} }
    'api.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.users.store': { paramsTuple?: []; params?: {} }
    'api.roles.index': { paramsTuple?: []; params?: {} }
    'api.permissions.index': { paramsTuple?: []; params?: {} }
    'api.roles.store': { paramsTuple?: []; params?: {} }
    'api.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.roles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.users.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.users.unlock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.dictionaries.index': { paramsTuple?: []; params?: {} }
    'api.dictionaries.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.dictionaries.store': { paramsTuple?: []; params?: {} }
    'api.dictionaries.update': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.dictionaries.destroy': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.pickers.projects': { paramsTuple?: []; params?: {} }
    'api.pickers.organizations': { paramsTuple?: []; params?: {} }
    'api.pickers.users': { paramsTuple?: []; params?: {} }
    'api.forms.show': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.validate': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.index': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.store': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.show': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue,'id': ParamValue} }
    'api.forms.drafts.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue,'id': ParamValue} }
    'api.tasks.submit': { paramsTuple: [ParamValue]; params: {'taskId': ParamValue} }
    'api.submissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployments.store': { paramsTuple?: []; params?: {} }
    'deployments.index': { paramsTuple?: []; params?: {} }
    'deployments.count': { paramsTuple?: []; params?: {} }
    'deployments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployments.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'deployment_resources.data': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'process_definitions.index': { paramsTuple?: []; params?: {} }
    'process_definitions.count': { paramsTuple?: []; params?: {} }
    'process_definitions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definitions.show_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.start_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.xml': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definition_suspensions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definition_suspensions.update_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.start_by_id': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.index': { paramsTuple?: []; params?: {} }
    'process_instances.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.suspended': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.variables': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.activity_instances': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.index': { paramsTuple?: []; params?: {} }
    'tasks.count': { paramsTuple?: []; params?: {} }
    'subtasks.store': { paramsTuple?: []; params?: {} }
    'tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.claim': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.unclaim': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.assignee': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_returns.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_returns.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_delegations.delegate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_delegations.resolve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_variables.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_variables.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.index': { paramsTuple?: []; params?: {} }
    'external_tasks.count': { paramsTuple?: []; params?: {} }
    'external_tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_task_retries.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.fetch_and_lock': { paramsTuple?: []; params?: {} }
    'external_tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.failure': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.bpmn_error': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.extend_lock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.lock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.unlock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.index': { paramsTuple?: []; params?: {} }
    'history.process_instances': { paramsTuple?: []; params?: {} }
    'history.process_instance_count': { paramsTuple?: []; params?: {} }
    'history.process_instance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'history.activity_instances': { paramsTuple?: []; params?: {} }
    'history.tasks': { paramsTuple?: []; params?: {} }
    'history.variables': { paramsTuple?: []; params?: {} }
    'jobs.index': { paramsTuple?: []; params?: {} }
    'jobs.count': { paramsTuple?: []; params?: {} }
    'jobs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.execute': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.retries': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.duedate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'event_subscriptions.index': { paramsTuple?: []; params?: {} }
    'event_subscriptions.count': { paramsTuple?: []; params?: {} }
    'messages.store': { paramsTuple?: []; params?: {} }
    'messages.signal': { paramsTuple?: []; params?: {} }
    'incidents.openapi': { paramsTuple?: []; params?: {} }
    'clock.show': { paramsTuple?: []; params?: {} }
    'clock.update': { paramsTuple?: []; params?: {} }
    'api.uploads.tus.create': { paramsTuple?: []; params?: {} }
    'api.uploads.tus.resume': { paramsTuple: [ParamValue]; params: {'uploadId': ParamValue} }
    'api.uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'forms.show': { paramsTuple: [ParamValue]; params: {'formKey': ParamValue} }
    'api.processes.start': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'briefing.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'briefing.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inbox.page': { paramsTuple?: []; params?: {} }
    'tasks.page': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.inbox.index': { paramsTuple?: []; params?: {} }
    'api.inbox.summary': { paramsTuple?: []; params?: {} }
    'api.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.colleagues': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.returnable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.actions.store': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'workspace.start.index': { paramsTuple?: []; params?: {} }
    'workspace.start.show': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'workspace.organization.show': { paramsTuple?: []; params?: {} }
    'cases.index': { paramsTuple?: []; params?: {} }
    'cases.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'projects.index': { paramsTuple?: []; params?: {} }
    'projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'api.cases.export': { paramsTuple?: []; params?: {} }
    'api.documents.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.deployments.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.definitions.import': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.index': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.store': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.admin.drafts.files.save': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.admin.drafts.files.delete': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.admin.drafts.deploy': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'admin.drafts.templates.show': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'template': ParamValue} }
    'api.admin.templates.preview': { paramsTuple?: []; params?: {} }
    'admin.drafts.modeler': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.admin.expressions.check': { paramsTuple?: []; params?: {} }
    'admin.drafts.forms.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'form': ParamValue} }
    'api.admin.forms.check': { paramsTuple?: []; params?: {} }
    'api.admin.definitions.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.definitions.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.definitions.compare': { paramsTuple?: []; params?: {} }
    'api.admin.incidents.index': { paramsTuple?: []; params?: {} }
    'api.admin.incidents.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.instances.index': { paramsTuple?: []; params?: {} }
    'api.admin.instances.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.instances.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.user_roles.index': { paramsTuple?: []; params?: {} }
    'admin.dictionaries.index': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'session.create': { paramsTuple?: []; params?: {} }
    'verify.index': { paramsTuple?: []; params?: {} }
    'verify.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.projects.index': { paramsTuple?: []; params?: {} }
    'api.projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.personnel.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.documents.export': { paramsTuple?: []; params?: {} }
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
    'api.organizations.index': { paramsTuple?: []; params?: {} }
    'api.users.index': { paramsTuple?: []; params?: {} }
    'api.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.roles.index': { paramsTuple?: []; params?: {} }
    'api.permissions.index': { paramsTuple?: []; params?: {} }
    'api.dictionaries.index': { paramsTuple?: []; params?: {} }
    'api.dictionaries.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.pickers.projects': { paramsTuple?: []; params?: {} }
    'api.pickers.organizations': { paramsTuple?: []; params?: {} }
    'api.pickers.users': { paramsTuple?: []; params?: {} }
    'api.forms.show': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.index': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.show': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue,'id': ParamValue} }
    'api.submissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployments.index': { paramsTuple?: []; params?: {} }
    'deployments.count': { paramsTuple?: []; params?: {} }
    'deployments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'deployment_resources.data': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'process_definitions.index': { paramsTuple?: []; params?: {} }
    'process_definitions.count': { paramsTuple?: []; params?: {} }
    'process_definitions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definitions.show_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.xml': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.index': { paramsTuple?: []; params?: {} }
    'process_instances.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.variables': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.activity_instances': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.index': { paramsTuple?: []; params?: {} }
    'tasks.count': { paramsTuple?: []; params?: {} }
    'tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_returns.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_variables.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.index': { paramsTuple?: []; params?: {} }
    'external_tasks.count': { paramsTuple?: []; params?: {} }
    'external_tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.index': { paramsTuple?: []; params?: {} }
    'history.process_instances': { paramsTuple?: []; params?: {} }
    'history.process_instance_count': { paramsTuple?: []; params?: {} }
    'history.process_instance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'history.activity_instances': { paramsTuple?: []; params?: {} }
    'history.tasks': { paramsTuple?: []; params?: {} }
    'history.variables': { paramsTuple?: []; params?: {} }
    'jobs.index': { paramsTuple?: []; params?: {} }
    'jobs.count': { paramsTuple?: []; params?: {} }
    'jobs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'event_subscriptions.index': { paramsTuple?: []; params?: {} }
    'event_subscriptions.count': { paramsTuple?: []; params?: {} }
    'incidents.openapi': { paramsTuple?: []; params?: {} }
    'clock.show': { paramsTuple?: []; params?: {} }
    'api.uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'forms.show': { paramsTuple: [ParamValue]; params: {'formKey': ParamValue} }
    'briefing.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inbox.page': { paramsTuple?: []; params?: {} }
    'tasks.page': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.inbox.index': { paramsTuple?: []; params?: {} }
    'api.inbox.summary': { paramsTuple?: []; params?: {} }
    'api.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.colleagues': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.returnable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'workspace.start.index': { paramsTuple?: []; params?: {} }
    'workspace.start.show': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'workspace.organization.show': { paramsTuple?: []; params?: {} }
    'cases.index': { paramsTuple?: []; params?: {} }
    'cases.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'projects.index': { paramsTuple?: []; params?: {} }
    'projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'api.cases.export': { paramsTuple?: []; params?: {} }
    'api.documents.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.deployments.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.drafts.index': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'admin.drafts.templates.show': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'template': ParamValue} }
    'admin.drafts.modeler': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'admin.drafts.forms.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'form': ParamValue} }
    'api.admin.definitions.compare': { paramsTuple?: []; params?: {} }
    'api.admin.incidents.index': { paramsTuple?: []; params?: {} }
    'api.admin.instances.index': { paramsTuple?: []; params?: {} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.user_roles.index': { paramsTuple?: []; params?: {} }
    'admin.dictionaries.index': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'session.create': { paramsTuple?: []; params?: {} }
    'verify.index': { paramsTuple?: []; params?: {} }
    'verify.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.projects.index': { paramsTuple?: []; params?: {} }
    'api.projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.personnel.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.documents.export': { paramsTuple?: []; params?: {} }
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
    'api.organizations.index': { paramsTuple?: []; params?: {} }
    'api.users.index': { paramsTuple?: []; params?: {} }
    'api.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.roles.index': { paramsTuple?: []; params?: {} }
    'api.permissions.index': { paramsTuple?: []; params?: {} }
    'api.dictionaries.index': { paramsTuple?: []; params?: {} }
    'api.dictionaries.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.pickers.projects': { paramsTuple?: []; params?: {} }
    'api.pickers.organizations': { paramsTuple?: []; params?: {} }
    'api.pickers.users': { paramsTuple?: []; params?: {} }
    'api.forms.show': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.index': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.show': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue,'id': ParamValue} }
    'api.submissions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployments.index': { paramsTuple?: []; params?: {} }
    'deployments.count': { paramsTuple?: []; params?: {} }
    'deployments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'deployment_resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'deployment_resources.data': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'resourceId': ParamValue} }
    'process_definitions.index': { paramsTuple?: []; params?: {} }
    'process_definitions.count': { paramsTuple?: []; params?: {} }
    'process_definitions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definitions.show_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.xml': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.index': { paramsTuple?: []; params?: {} }
    'process_instances.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.variables': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.activity_instances': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.index': { paramsTuple?: []; params?: {} }
    'tasks.count': { paramsTuple?: []; params?: {} }
    'tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_returns.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_variables.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.index': { paramsTuple?: []; params?: {} }
    'external_tasks.count': { paramsTuple?: []; params?: {} }
    'external_tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.index': { paramsTuple?: []; params?: {} }
    'history.process_instances': { paramsTuple?: []; params?: {} }
    'history.process_instance_count': { paramsTuple?: []; params?: {} }
    'history.process_instance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'history.activity_instances': { paramsTuple?: []; params?: {} }
    'history.tasks': { paramsTuple?: []; params?: {} }
    'history.variables': { paramsTuple?: []; params?: {} }
    'jobs.index': { paramsTuple?: []; params?: {} }
    'jobs.count': { paramsTuple?: []; params?: {} }
    'jobs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'event_subscriptions.index': { paramsTuple?: []; params?: {} }
    'event_subscriptions.count': { paramsTuple?: []; params?: {} }
    'incidents.openapi': { paramsTuple?: []; params?: {} }
    'clock.show': { paramsTuple?: []; params?: {} }
    'api.uploads.tus.resume': { paramsTuple: [ParamValue]; params: {'uploadId': ParamValue} }
    'api.uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'forms.show': { paramsTuple: [ParamValue]; params: {'formKey': ParamValue} }
    'briefing.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inbox.page': { paramsTuple?: []; params?: {} }
    'tasks.page': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.inbox.index': { paramsTuple?: []; params?: {} }
    'api.inbox.summary': { paramsTuple?: []; params?: {} }
    'api.tasks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.colleagues': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.returnable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'workspace.start.index': { paramsTuple?: []; params?: {} }
    'workspace.start.show': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'workspace.organization.show': { paramsTuple?: []; params?: {} }
    'cases.index': { paramsTuple?: []; params?: {} }
    'cases.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'projects.index': { paramsTuple?: []; params?: {} }
    'projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'api.cases.export': { paramsTuple?: []; params?: {} }
    'api.documents.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.definitions.index': { paramsTuple?: []; params?: {} }
    'api.admin.deployments.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.drafts.index': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'admin.drafts.templates.show': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'template': ParamValue} }
    'admin.drafts.modeler': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'admin.drafts.forms.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'name': ParamValue,'form': ParamValue} }
    'api.admin.definitions.compare': { paramsTuple?: []; params?: {} }
    'api.admin.incidents.index': { paramsTuple?: []; params?: {} }
    'api.admin.instances.index': { paramsTuple?: []; params?: {} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.user_roles.index': { paramsTuple?: []; params?: {} }
    'admin.dictionaries.index': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'session.store': { paramsTuple?: []; params?: {} }
    'verify.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'api.tokens.store': { paramsTuple?: []; params?: {} }
    'api.projects.store': { paramsTuple?: []; params?: {} }
    'api.organizations.store': { paramsTuple?: []; params?: {} }
    'api.users.store': { paramsTuple?: []; params?: {} }
    'api.roles.store': { paramsTuple?: []; params?: {} }
    'api.users.unlock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.dictionaries.store': { paramsTuple?: []; params?: {} }
    'api.forms.validate': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.forms.drafts.store': { paramsTuple: [ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue} }
    'api.tasks.submit': { paramsTuple: [ParamValue]; params: {'taskId': ParamValue} }
    'deployments.store': { paramsTuple?: []; params?: {} }
    'process_definitions.start_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_definitions.start_by_id': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'subtasks.store': { paramsTuple?: []; params?: {} }
    'tasks.claim': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.unclaim': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.assignee': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_returns.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_delegations.delegate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_delegations.resolve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_identity_links.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'task_variables.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.fetch_and_lock': { paramsTuple?: []; params?: {} }
    'external_tasks.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.failure': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.bpmn_error': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.extend_lock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.lock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_tasks.unlock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.execute': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'messages.store': { paramsTuple?: []; params?: {} }
    'messages.signal': { paramsTuple?: []; params?: {} }
    'api.uploads.tus.create': { paramsTuple?: []; params?: {} }
    'api.processes.start': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'briefing.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tasks.actions.store': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'api.admin.definitions.import': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.store': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.deploy': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.admin.templates.preview': { paramsTuple?: []; params?: {} }
    'api.admin.expressions.check': { paramsTuple?: []; params?: {} }
    'api.admin.forms.check': { paramsTuple?: []; params?: {} }
    'api.admin.definitions.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.definitions.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.incidents.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.instances.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.instances.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'api.tokens.destroy': { paramsTuple?: []; params?: {} }
    'api.roles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.dictionaries.destroy': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'deployments.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_instances.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.uploads.tus.resume': { paramsTuple: [ParamValue]; params: {'uploadId': ParamValue} }
    'api.admin.drafts.files.delete': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
  }
  PUT: {
    'api.me.password': { paramsTuple?: []; params?: {} }
    'api.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.users.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.dictionaries.update': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'api.forms.drafts.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'scope': ParamValue,'name': ParamValue,'id': ParamValue} }
    'process_definition_suspensions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'process_definition_suspensions.update_by_key': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'process_instances.suspended': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tasks.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'external_task_retries.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.retries': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'jobs.duedate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'clock.update': { paramsTuple?: []; params?: {} }
    'api.admin.drafts.files.save': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
  }
  PATCH: {
    'api.uploads.tus.resume': { paramsTuple: [ParamValue]; params: {'uploadId': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}