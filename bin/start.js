/**
 * `npm start`: prepares a fresh clone, builds the portal's assets when they
 * are missing or older than portal/ui, migrates, seeds the demo data into an
 * empty database, then serves the portal on HOST:PORT (default 3333).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'

await import('./prepare.js')

const root = new URL('../', import.meta.url)

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs)
  }
  return newest
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const manifest = new URL('public/assets/.vite/manifest.json', root)
if (!existsSync(manifest) || statSync(manifest).mtimeMs < newestMtime(new URL('portal/ui/', root))) {
  run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'])
}
run(['ace', 'migration:run', '--force'])
run(['ace', 'demo:seed'])
// the shipped processes; an unchanged folder deploys nothing, a changed one becomes the next version
run(['ace', 'definitions:deploy', 'definitions/project-filing'])

await import('@poppinss/ts-exec')
await import('./server.js')
