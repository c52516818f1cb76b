/**
 * `npm start`: prepares a fresh clone, migrates, seeds the demo data into an
 * empty database, then serves the portal on HOST:PORT (default 3333).
 */
import { spawnSync } from 'node:child_process'

await import('./prepare.js')

for (const args of [['migration:run', '--force'], ['demo:seed']]) {
  const result = spawnSync(process.execPath, ['ace', ...args], {
    cwd: new URL('../', import.meta.url),
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

await import('@poppinss/ts-exec')
await import('./server.js')
