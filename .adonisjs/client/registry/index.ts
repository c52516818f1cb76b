/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'password.edit': {
    methods: ["GET","HEAD"],
    pattern: '/password',
    tokens: [{"old":"/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['password.edit']['types'],
  },
  'password.update': {
    methods: ["POST"],
    pattern: '/password',
    tokens: [{"old":"/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['password.update']['types'],
  },
  'home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['home']['types'],
  },
  'api.tokens.store': {
    methods: ["POST"],
    pattern: '/api/tokens',
    tokens: [{"old":"/api/tokens","type":0,"val":"api","end":""},{"old":"/api/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['api.tokens.store']['types'],
  },
  'api.tokens.destroy': {
    methods: ["DELETE"],
    pattern: '/api/tokens/current',
    tokens: [{"old":"/api/tokens/current","type":0,"val":"api","end":""},{"old":"/api/tokens/current","type":0,"val":"tokens","end":""},{"old":"/api/tokens/current","type":0,"val":"current","end":""}],
    types: placeholder as Registry['api.tokens.destroy']['types'],
  },
  'api.me.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/me',
    tokens: [{"old":"/api/me","type":0,"val":"api","end":""},{"old":"/api/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.me.show']['types'],
  },
  'api.me.password': {
    methods: ["PUT"],
    pattern: '/api/me/password',
    tokens: [{"old":"/api/me/password","type":0,"val":"api","end":""},{"old":"/api/me/password","type":0,"val":"me","end":""},{"old":"/api/me/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['api.me.password']['types'],
  },
  'api.projects.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/projects',
    tokens: [{"old":"/api/projects","type":0,"val":"api","end":""},{"old":"/api/projects","type":0,"val":"projects","end":""}],
    types: placeholder as Registry['api.projects.index']['types'],
  },
  'api.projects.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/projects/:id',
    tokens: [{"old":"/api/projects/:id","type":0,"val":"api","end":""},{"old":"/api/projects/:id","type":0,"val":"projects","end":""},{"old":"/api/projects/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.projects.show']['types'],
  },
  'api.projects.store': {
    methods: ["POST"],
    pattern: '/api/projects',
    tokens: [{"old":"/api/projects","type":0,"val":"api","end":""},{"old":"/api/projects","type":0,"val":"projects","end":""}],
    types: placeholder as Registry['api.projects.store']['types'],
  },
  'api.personnel.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/personnel/:id',
    tokens: [{"old":"/api/personnel/:id","type":0,"val":"api","end":""},{"old":"/api/personnel/:id","type":0,"val":"personnel","end":""},{"old":"/api/personnel/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.personnel.show']['types'],
  },
  'api.organizations.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/organizations',
    tokens: [{"old":"/api/organizations","type":0,"val":"api","end":""},{"old":"/api/organizations","type":0,"val":"organizations","end":""}],
    types: placeholder as Registry['api.organizations.index']['types'],
  },
  'api.organizations.store': {
    methods: ["POST"],
    pattern: '/api/organizations',
    tokens: [{"old":"/api/organizations","type":0,"val":"api","end":""},{"old":"/api/organizations","type":0,"val":"organizations","end":""}],
    types: placeholder as Registry['api.organizations.store']['types'],
  },
  'api.users.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/users',
    tokens: [{"old":"/api/users","type":0,"val":"api","end":""},{"old":"/api/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['api.users.index']['types'],
  },
  'api.users.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/users/:id',
    tokens: [{"old":"/api/users/:id","type":0,"val":"api","end":""},{"old":"/api/users/:id","type":0,"val":"users","end":""},{"old":"/api/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.users.show']['types'],
  },
  'api.users.store': {
    methods: ["POST"],
    pattern: '/api/users',
    tokens: [{"old":"/api/users","type":0,"val":"api","end":""},{"old":"/api/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['api.users.store']['types'],
  },
  'api.roles.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/roles',
    tokens: [{"old":"/api/roles","type":0,"val":"api","end":""},{"old":"/api/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['api.roles.index']['types'],
  },
  'api.permissions.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/permissions',
    tokens: [{"old":"/api/permissions","type":0,"val":"api","end":""},{"old":"/api/permissions","type":0,"val":"permissions","end":""}],
    types: placeholder as Registry['api.permissions.index']['types'],
  },
  'api.roles.store': {
    methods: ["POST"],
    pattern: '/api/roles',
    tokens: [{"old":"/api/roles","type":0,"val":"api","end":""},{"old":"/api/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['api.roles.store']['types'],
  },
  'api.roles.update': {
    methods: ["PUT"],
    pattern: '/api/roles/:id',
    tokens: [{"old":"/api/roles/:id","type":0,"val":"api","end":""},{"old":"/api/roles/:id","type":0,"val":"roles","end":""},{"old":"/api/roles/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.roles.update']['types'],
  },
  'api.roles.destroy': {
    methods: ["DELETE"],
    pattern: '/api/roles/:id',
    tokens: [{"old":"/api/roles/:id","type":0,"val":"api","end":""},{"old":"/api/roles/:id","type":0,"val":"roles","end":""},{"old":"/api/roles/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.roles.destroy']['types'],
  },
  'api.users.roles.update': {
    methods: ["PUT"],
    pattern: '/api/users/:id/roles',
    tokens: [{"old":"/api/users/:id/roles","type":0,"val":"api","end":""},{"old":"/api/users/:id/roles","type":0,"val":"users","end":""},{"old":"/api/users/:id/roles","type":1,"val":"id","end":""},{"old":"/api/users/:id/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['api.users.roles.update']['types'],
  },
  'api.users.unlock': {
    methods: ["POST"],
    pattern: '/api/users/:id/unlock',
    tokens: [{"old":"/api/users/:id/unlock","type":0,"val":"api","end":""},{"old":"/api/users/:id/unlock","type":0,"val":"users","end":""},{"old":"/api/users/:id/unlock","type":1,"val":"id","end":""},{"old":"/api/users/:id/unlock","type":0,"val":"unlock","end":""}],
    types: placeholder as Registry['api.users.unlock']['types'],
  },
  'api.audit.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/audit-logs',
    tokens: [{"old":"/api/audit-logs","type":0,"val":"api","end":""},{"old":"/api/audit-logs","type":0,"val":"audit-logs","end":""}],
    types: placeholder as Registry['api.audit.index']['types'],
  },
  'api.audit.export': {
    methods: ["GET","HEAD"],
    pattern: '/api/audit-logs/export',
    tokens: [{"old":"/api/audit-logs/export","type":0,"val":"api","end":""},{"old":"/api/audit-logs/export","type":0,"val":"audit-logs","end":""},{"old":"/api/audit-logs/export","type":0,"val":"export","end":""}],
    types: placeholder as Registry['api.audit.export']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
