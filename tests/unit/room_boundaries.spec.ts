import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

/** What the domain rooms may never import: the portal, the HTTP layer, the UI. */
const FORBIDDEN = [
  /from ['"](\.\.\/)+portal\//,
  /from ['"]#(controllers|middleware|validators|exceptions|services|actions|commands|transformers|start|config)\//,
  /from ['"]@adonisjs\/(core\/http|http-server|session|shield|inertia|auth)/,
  /from ['"](react|antd|@inertiajs\/react)['"]/,
]

async function sourceFiles(room: string): Promise<string[]> {
  const entries = await readdir(app.makePath(room), { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => `${e.parentPath}/${e.name}`)
}

test.group('room boundaries', () => {
  for (const room of ['engine', 'forms', 'documents', 'adapters', 'definitions']) {
    test(`nothing in ${room}/ imports from portal/ or the HTTP layer`, async ({ assert }) => {
      const offenders: string[] = []
      for (const file of await sourceFiles(room)) {
        const text = await readFile(file, 'utf8')
        for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${file}: ${pattern}`)
      }
      assert.deepEqual(offenders, [])
    })
  }

  test('the engine core imports no AdonisJS package at all', async ({ assert }) => {
    const offenders = []
    for (const file of await sourceFiles('engine')) {
      if (/from ['"](@adonisjs\/|#models\/)/.test(await readFile(file, 'utf8'))) offenders.push(file)
    }
    assert.deepEqual(offenders, [])
  })
})
