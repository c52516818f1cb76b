import { readFile } from 'node:fs/promises'
import { request } from 'node:http'
import env from '#start/env'
import { deploy } from '#engine'
import { appEngine } from '#services/engine/engine'

/** The test server's origin (the functional and browser suites start it on PORT). */
export const origin = () => `http://${env.get('HOST')}:${env.get('PORT')}`

/**
 * Deploys tests/fixtures/forms/<name>.form.json alone, as a deployment named
 * <name>: its form key is then `zhian:<name>/<name>`. Unchanged ones are skipped.
 */
export async function deployTestForm(name: string): Promise<string> {
  const content = await readFile(new URL(`../fixtures/forms/${name}.form.json`, import.meta.url))
  await appEngine().execute(deploy, { name, resources: [{ name: `forms/${name}.form.json`, content }], duplicateFiltering: true })
  return `zhian:${name}/${name}`
}

/** tus `Upload-Metadata`: comma-separated `key base64(value)` pairs. */
export function tusMetadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',')
}

/**
 * Sends a PATCH whose body is cut off after `sendBytes` of `chunk`: the
 * connection is destroyed as a dropped mobile link would be.
 */
export function interruptedPatch(url: string, headers: Record<string, string>, chunk: Buffer, sendBytes: number): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'PATCH', headers: { ...headers, 'content-length': String(chunk.length) } })
    req.on('error', () => resolve())
    req.write(chunk.subarray(0, sendBytes), () => setTimeout(() => req.destroy(), 100))
    req.on('close', () => resolve())
  })
}
