import { indexPages } from '@adonisjs/inertia'
import { indexEntities } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/core/app'

/**
 * Zhian keeps AdonisJS's roles but moves them out of `app/`: the HTTP layer
 * lives in `portal/`, tables and models in `database/`, and the domain rooms
 * (engine, forms, documents, adapters) at the top level.
 */
export default defineConfig({
  experimental: {},

  directories: {
    commands: 'portal/commands',
    httpControllers: 'portal/controllers',
    middleware: 'portal/middleware',
    validators: 'portal/validators',
    exceptions: 'portal/exceptions',
    services: 'portal/services',
    providers: 'portal/providers',
    transformers: 'portal/transformers',
    events: 'portal/events',
    listeners: 'portal/listeners',
    views: 'portal/views',
    models: 'database/models',
  },

  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/session/commands'),
    () => import('@adonisjs/inertia/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/drive/drive_provider'),
  ],

  preloads: [
    () => import('#start/routes'),
    () => import('#start/kernel'),
    () => import('#start/validator'),
    () => import('#start/engine'),
    () => import('#start/workers'),
    () => import('#start/documents'),
  ],

  tests: {
    suites: [
      {
        files: ['engine/**/*.spec.ts'],
        name: 'engine',
        timeout: 10000,
      },
      {
        files: ['forms/**/*.spec.ts', 'documents/**/*.spec.ts', 'adapters/**/*.spec.ts'],
        name: 'rooms',
        timeout: 10000,
      },
      {
        // the UI's pure modules (the form designer's tree operations) are specced beside them
        files: ['tests/unit/**/*.spec.ts', 'portal/ui/**/*.spec.ts'],
        name: 'unit',
        timeout: 10000,
      },
      {
        files: ['tests/functional/**/*.spec.ts'],
        name: 'functional',
        timeout: 30000,
      },
      {
        files: ['tests/browser/**/*.spec.ts'],
        name: 'browser',
        timeout: 120000,
      },
    ],
    // a worker or a long poll left running must never keep CI waiting
    forceExit: true,
  },

  metaFiles: [
    { pattern: 'portal/views/**/*.edge', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
  ],

  hooks: {
    init: [
      indexEntities({
        controllers: { source: 'portal/controllers' },
        events: { source: 'portal/events' },
        listeners: { source: 'portal/listeners' },
        transformers: { enabled: false },
      }),
      indexPages({ framework: 'react', source: 'portal/ui/pages' }),
    ],
    buildStarting: [() => import('@adonisjs/vite/build_hook')],
  },
})
