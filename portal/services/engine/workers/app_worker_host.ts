import env from '#start/env'
import { WorkerHost } from './worker_host.js'

/** ENGINE_REST_URL, else this app's own /engine-rest on PORT (a wildcard HOST is reached through localhost). */
export function engineRestUrl(): string {
  const configured = env.get('ENGINE_REST_URL')
  if (configured) return configured.replace(/\/$/, '')
  const host = ['0.0.0.0', '::'].includes(env.get('HOST')) ? 'localhost' : env.get('HOST')
  return `http://${host.includes(':') ? `[${host}]` : host}:${env.get('PORT')}/engine-rest`
}

let host: WorkerHost | undefined

/** This process's worker host, serving the topics registered in topics.ts. */
export function appWorkerHost(): WorkerHost {
  host ??= new WorkerHost({ baseUrl: engineRestUrl() })
  return host
}
