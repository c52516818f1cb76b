/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  password: {
    edit: typeof routes['password.edit']
    update: typeof routes['password.update']
  }
  home: typeof routes['home']
  api: {
    tokens: {
      store: typeof routes['api.tokens.store']
      destroy: typeof routes['api.tokens.destroy']
    }
    me: {
      show: typeof routes['api.me.show']
      password: typeof routes['api.me.password']
    }
    projects: {
      index: typeof routes['api.projects.index']
      show: typeof routes['api.projects.show']
      store: typeof routes['api.projects.store']
    }
    personnel: {
      show: typeof routes['api.personnel.show']
    }
    organizations: {
      index: typeof routes['api.organizations.index']
      store: typeof routes['api.organizations.store']
    }
    users: {
      index: typeof routes['api.users.index']
      show: typeof routes['api.users.show']
      store: typeof routes['api.users.store']
      roles: {
        update: typeof routes['api.users.roles.update']
      }
      unlock: typeof routes['api.users.unlock']
    }
    roles: {
      index: typeof routes['api.roles.index']
      store: typeof routes['api.roles.store']
      update: typeof routes['api.roles.update']
      destroy: typeof routes['api.roles.destroy']
    }
    permissions: {
      index: typeof routes['api.permissions.index']
    }
    audit: {
      index: typeof routes['api.audit.index']
      export: typeof routes['api.audit.export']
    }
  }
}
