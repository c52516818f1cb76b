import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The CJK faces documents may use. They come from @fontsource as woff2 with
 * TrueType outlines: Chrome embeds those as CID TrueType subsets, while the
 * distro's CFF Noto CJK becomes Type 3 and costs ~2.5× the CPU per PDF.
 * The stacks name nothing else, so the same PDF comes out on every server.
 */
const FACES = [
  { family: 'Noto Serif SC', pkg: 'noto-serif-sc', weights: [400, 700, 900] },
  { family: 'Noto Sans SC', pkg: 'noto-sans-sc', weights: [400, 700] },
] as const

/** Where the renderer answers font requests; never file://. */
export const FONT_BASE_URL = 'https://render.invalid/fonts/'

const require = createRequire(import.meta.url)
const fileName = /^[a-z0-9-]+\.woff2$/

function packageDir(pkg: string): string {
  return dirname(require.resolve(`@fontsource/${pkg}/package.json`))
}

/**
 * Rewrites @fontsource's CSS: woff2 only, served from FONT_BASE_URL, and
 * font-display: block so a glyph that failed to load prints as a visible gap
 * in the tests (missing page numbers) instead of a silent system-font fallback.
 */
function faceCss(pkg: string, weight: number): string {
  const css = readFileSync(join(packageDir(pkg), `${weight}.css`), 'utf8')
  return css
    .replace(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]+\) format\('woff'\))?/g, `src: url(${FONT_BASE_URL}${pkg}/$1) format('woff2')`)
    .replace(/font-display: swap/g, 'font-display: block')
}

let stylesheet: string | undefined

/** The @font-face rules for every shipped face, built once per process. */
export function fontStylesheet(): string {
  stylesheet ??= FACES.flatMap((face) => face.weights.map((weight) => faceCss(face.pkg, weight))).join('\n')
  return stylesheet
}

const cache = new Map<string, Promise<Buffer | undefined>>()

/**
 * The bytes of one font chunk named by a FONT_BASE_URL path
 * (`noto-serif-sc/noto-serif-sc-12-400-normal.woff2`), kept in memory after
 * the first read; undefined for anything that is not a shipped chunk.
 */
export function fontFile(path: string): Promise<Buffer | undefined> {
  const [pkg, name, ...rest] = path.split('/')
  const face = FACES.find((f) => f.pkg === pkg)
  if (!face || !name || rest.length > 0 || !fileName.test(name)) return Promise.resolve(undefined)
  let file = cache.get(path)
  if (!file) {
    file = readFile(join(packageDir(face.pkg), 'files', name)).catch(() => undefined)
    cache.set(path, file)
  }
  return file
}
