import type { TopicHandler } from './topic_handler.js'

/** One subscription of the worker host. */
export interface TopicDefinition {
  /** loaded on the first start, so a host serving other topics never imports this one's dependencies */
  readonly handler: () => Promise<{ default: TopicHandler }>
  /** how long a fetched task stays locked to this worker (ms) */
  readonly lockDuration: number
  /** the process variables fetched with the task, nothing else; 'all' for workers whose input is whatever the model holds */
  readonly variables: readonly string[] | 'all'
}

/**
 * Every topic the worker host serves, in one place: a BPMN external task
 * with one of these `camunda:topic`s is served by `node ace engine:workers`
 * or by the in-process host (ENGINE_WORKERS=inprocess).
 */
export const TOPICS: Readonly<Record<string, TopicDefinition>> = {
  'project-lookup': {
    handler: () => import('./handlers/project_lookup.js'),
    lockDuration: 30_000,
    variables: ['projectId'],
  },
  // an accepted 项目报监: reads the filing and the assignment, so every variable
  'filing-accept': {
    handler: () => import('./handlers/filing_accept.js'),
    lockDuration: 30_000,
    variables: 'all',
  },
  // a document's data is whatever the process gathered, so the renderer takes every visible variable
  'document-render': {
    handler: () => import('./handlers/document_render.js'),
    lockDuration: 60_000,
    variables: 'all',
  },
  // the style guide's spelling of the same topic; definitions:deploy accepts both
  'document.render': {
    handler: () => import('./handlers/document_render.js'),
    lockDuration: 60_000,
    variables: 'all',
  },
}
