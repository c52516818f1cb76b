import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
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
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'session.create': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.projects.index': { paramsTuple?: []; params?: {} }
    'api.projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.personnel.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.organizations.index': { paramsTuple?: []; params?: {} }
    'api.users.index': { paramsTuple?: []; params?: {} }
    'api.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.roles.index': { paramsTuple?: []; params?: {} }
    'api.permissions.index': { paramsTuple?: []; params?: {} }
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'session.create': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.projects.index': { paramsTuple?: []; params?: {} }
    'api.projects.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.personnel.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.organizations.index': { paramsTuple?: []; params?: {} }
    'api.users.index': { paramsTuple?: []; params?: {} }
    'api.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.roles.index': { paramsTuple?: []; params?: {} }
    'api.permissions.index': { paramsTuple?: []; params?: {} }
    'api.audit.index': { paramsTuple?: []; params?: {} }
    'api.audit.export': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'api.tokens.store': { paramsTuple?: []; params?: {} }
    'api.projects.store': { paramsTuple?: []; params?: {} }
    'api.organizations.store': { paramsTuple?: []; params?: {} }
    'api.users.store': { paramsTuple?: []; params?: {} }
    'api.roles.store': { paramsTuple?: []; params?: {} }
    'api.users.unlock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'api.tokens.destroy': { paramsTuple?: []; params?: {} }
    'api.roles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PUT: {
    'api.me.password': { paramsTuple?: []; params?: {} }
    'api.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.users.roles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}