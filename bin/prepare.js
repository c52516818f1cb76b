/**
 * Makes a fresh clone runnable before `npm start` and `npm test`: writes a
 * .env with a new APP_KEY when there is none, creates tmp/ for SQLite,
 * creates the MySQL database when DB_CONNECTION=mysql, and (for tests)
 * makes sure Debian's Chromium is installed. Plain JS: it runs before the
 * TypeScript loader exists.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseEnv } from 'node:util'

const root = new URL('../', import.meta.url)
const forTests = process.argv.includes('--test')

function readEnvFile(name) {
  const url = new URL(name, root)
  return existsSync(url) ? parseEnv(readFileSync(url, 'utf8')) : {}
}

/** A .env from .env.example, with a fresh APP_KEY wherever it is empty. */
function ensureDotEnv() {
  const target = new URL('.env', root)
  const text = existsSync(target) ? readFileSync(target, 'utf8') : readFileSync(new URL('.env.example', root), 'utf8')
  if (existsSync(target) && !/^APP_KEY=\s*$/m.test(text)) return
  const key = randomBytes(32).toString('base64url')
  writeFileSync(target, text.replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`))
  console.log('prepare: wrote .env with a new APP_KEY')
}

async function ensureMysqlDatabase(settings) {
  const { default: mysql } = await import('mysql2/promise')
  const connection = await mysql.createConnection({
    host: settings.MYSQL_HOST ?? '127.0.0.1',
    port: Number(settings.MYSQL_PORT ?? 3306),
    user: settings.MYSQL_USER ?? 'root',
    password: settings.MYSQL_PASSWORD ?? '',
  })
  const name = settings.MYSQL_DB_NAME ?? 'zhian'
  await connection.query(
    `CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, '')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
  )
  await connection.end()
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function hasCjkFont() {
  return existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc')
}

/** Debian's chromium, never a downloaded browser (see docs/development.md). */
function ensureChromium() {
  const browser = process.env.CHROMIUM_PATH || hasCommand('chromium') || hasCommand('chromium-browser')
  // the document tests read PDFs with poppler's pdftotext, pdffonts and pdfsig; the browser tests' screenshots
  // show Chinese with a system CJK font (documents ship their own fonts and never use it)
  if (browser && hasCommand('pdfsig') && hasCjkFont()) return
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    throw new Error('浏览器和文书测试需要 Debian 的 chromium、poppler-utils 与 fonts-wqy-zenhei：请先执行 apt-get install -y chromium poppler-utils fonts-wqy-zenhei')
  }
  console.log('prepare: installing Debian chromium, poppler-utils and a CJK font for the browser and document tests')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils', 'fonts-wqy-zenhei'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

ensureDotEnv()
mkdirSync(new URL('tmp/', root), { recursive: true })
const settings = {
  ...readEnvFile('.env'),
  ...(forTests ? readEnvFile('.env.test') : {}),
  ...process.env,
}
if (settings.DB_CONNECTION === 'mysql') await ensureMysqlDatabase(settings)
if (forTests) ensureChromium()
