import { availableParallelism } from 'node:os'
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core'
import { RenderError } from '../errors.js'
import { Pool } from './page_pool.js'
import { RENDER_ORIGIN, houseResource, type Resource } from './house_resources.js'
import { systemChromium } from './chromium_path.js'

/** How a renderer runs Chromium. */
export interface RendererOptions {
  /** pages rendering at once; one per core (more adds latency and memory, not throughput) */
  readonly poolSize?: number
  readonly executablePath?: string
  /** per document; a page that exceeds it is thrown away */
  readonly timeoutMs?: number
}

/** One page of the pool and the assets of the document it is printing now. */
interface PooledPage {
  readonly page: Page
  assets: ReadonlyMap<string, Resource>
  blocked: string[]
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none']

/**
 * HTML → PDF on one Chromium with a pool of reused pages (a fresh browser
 * costs ~4×, a fresh page ~2.4× a reused one). Every page has JavaScript off
 * and answers every request itself from memory under https://render.invalid/:
 * anything else, file:// included, is refused.
 */
export class DocumentRenderer {
  #options: Required<RendererOptions>
  #browser?: Promise<Browser>
  #pool: Pool<PooledPage>
  #closed = false

  constructor(options: RendererOptions = {}) {
    this.#options = {
      poolSize: options.poolSize ?? availableParallelism(),
      executablePath: options.executablePath ?? systemChromium(),
      timeoutMs: options.timeoutMs ?? 30_000,
    }
    this.#pool = new Pool({ size: this.#options.poolSize, create: () => this.#openPage(), destroy: (p) => p.page.close() })
  }

  get poolSize(): number {
    return this.#pool.size
  }

  /** Prints one HTML document; `blocked` lists the requests that were refused. */
  async render(html: string, assets: ReadonlyMap<string, Resource> = new Map()): Promise<{ pdf: Buffer; blocked: string[] }> {
    if (this.#closed) throw new RenderError('文书渲染器已关闭')
    return this.#pool.use(async (pooled) => {
      pooled.assets = assets
      pooled.blocked = []
      try {
        await pooled.page.setContent(html, { waitUntil: 'load', timeout: this.#options.timeoutMs })
        // page.pdf waits for document.fonts.ready; untagged and without outline: ~10% less CPU
        const pdf = await pooled.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false, timeout: this.#options.timeoutMs })
        return { pdf: Buffer.from(pdf), blocked: pooled.blocked }
      } catch (error) {
        throw new RenderError(`文书渲染失败：${error instanceof Error ? error.message : String(error)}`, { cause: error })
      } finally {
        pooled.assets = new Map()
      }
    })
  }

  /** Closes the browser; renders after this fail. */
  async close(): Promise<void> {
    this.#closed = true
    const browser = this.#browser
    this.#browser = undefined
    this.#pool.drain()
    if (browser) await (await browser.catch(() => undefined))?.close()
  }

  #launch(): Promise<Browser> {
    this.#browser ??= puppeteer
      .launch({ executablePath: this.#options.executablePath, headless: true, args: LAUNCH_ARGS })
      .then((browser) => {
        // a crashed browser is relaunched by the next render; its pages are gone
        browser.once('disconnected', () => {
          this.#browser = undefined
          this.#pool.drain()
        })
        return browser
      })
    const launching = this.#browser
    launching.catch(() => {
      if (this.#browser === launching) this.#browser = undefined
    })
    return launching
  }

  async #openPage(): Promise<PooledPage> {
    const browser = await this.#launch()
    const page = await browser.newPage()
    const pooled: PooledPage = { page, assets: new Map(), blocked: [] }
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
    page.on('request', (request) => void answer(request, pooled))
    // an https origin: from here Chrome refuses file:// outright, which it would not from a file:// page
    await page.goto(RENDER_ORIGIN, { waitUntil: 'load' })
    return pooled
  }
}

const FAVICON = `${RENDER_ORIGIN}favicon.ico`

async function answer(request: HTTPRequest, pooled: PooledPage): Promise<void> {
  const url = request.url()
  try {
    if (url.startsWith('data:')) return await request.continue()
    // Chrome asks for a favicon after every load; it is not the document's doing
    if (url === FAVICON) return await request.respond({ status: 404, body: '' })
    const resource = await houseResource(url, pooled.assets)
    if (resource) return await request.respond({ status: 200, contentType: resource.contentType, body: resource.body, headers: { 'access-control-allow-origin': '*' } })
    pooled.blocked.push(url)
    await request.abort('blockedbyclient')
  } catch {
    // the page was closed or navigated while we answered; nothing to do
  }
}

let shared: DocumentRenderer | undefined

/** The process-wide renderer (one browser per process), created on first use. */
export function documentRenderer(): DocumentRenderer {
  shared ??= new DocumentRenderer()
  return shared
}

/** Closes the process-wide renderer, e.g. on shutdown; the next call to documentRenderer() starts a new one. */
export async function closeDocumentRenderer(): Promise<void> {
  const renderer = shared
  shared = undefined
  await renderer?.close()
}
