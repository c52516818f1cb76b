/**
 * Benchmark: signed 2-page 整改通知书 (2 defects, 2 photos, QR; the seal as the
 * signature's appearance, as issuance does it).
 *  - the pool: one Chromium, a page per core, documents queued onto it
 *  - a browser per document: launch, print, close (what a naive worker does)
 *  - each mode renders, then signs as PAdES with an RSA-2048 key issued by a
 *    CA made for the run (the seal printed to a PDF once, as issuance caches it)
 *  - notices/s, p50/p95 latency, the ratio, peak memory of Node + Chromium
 *
 *   node --import @poppinss/ts-exec bench/documents.ts   (BENCH_DOCS=60 BENCH_NAIVE_DOCS=8)
 */
import { readFileSync, readdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
// the room's modules one by one: its door also loads issuance, which needs the booted application's database
import { DocumentRenderer } from '../documents/render/renderer.js'
import { renderDocument, type RenderOptions } from '../documents/render/render_document.js'
import { documentPhoto } from '../documents/render/photos.js'
import { loadTemplate, type DocumentTemplate } from '../documents/templates/template.js'
import { sealSvg } from '../documents/seal/seal_svg.js'
import { sealPage } from '../documents/seal/seal_page.js'
import { signPdf } from '../documents/signing/sign_pdf.js'
import { buildCertificate, newKeyPair } from '../documents/pki/certificates.js'

const DOCS = Number(process.env.BENCH_DOCS ?? 60)
const NAIVE_DOCS = Number(process.env.BENCH_NAIVE_DOCS ?? 8)
const CORES = availableParallelism()
const FOLDER = new URL('../definitions/official-documents/documents/', import.meta.url).pathname
const ISSUER = '沈阳市和平区建设工程质量监督站'

/** RSS of this process and every descendant (Chromium's), and their PSS when asked (smaps_rollup is slow on Chromium). */
function memoryMb(withPss: boolean): { rss: number; pss: number } {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  let rss = 0
  let pss = 0
  const stack = [process.pid]
  while (stack.length) {
    const pid = stack.pop()!
    stack.push(...(children.get(pid) ?? []))
    try {
      rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      if (withPss) pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
    } catch {
      // gone
    }
  }
  return { rss: rss / 1024, pss: pss / 1024 }
}

/** Samples memory every 250 ms (PSS every 2 s) until stopped; returns the peaks. */
function sampleMemory(): () => { rss: number; pss: number } {
  const peak = { rss: 0, pss: 0 }
  let tick = 0
  const timer = setInterval(() => {
    const now = memoryMb(tick++ % 8 === 0)
    peak.rss = Math.max(peak.rss, now.rss)
    peak.pss = Math.max(peak.pss, now.pss)
  }, 250)
  return () => {
    clearInterval(timer)
    return peak
  }
}

/** Busy share of all cores (ours and everyone else's) between two readings of /proc/stat. */
function cpuTotals(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((a, b) => a + b, 0)
  return { busy: total - fields[3] - fields[4], total }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function measure(name: string, count: number, concurrency: number, one: () => Promise<void>) {
  const latencies: number[] = []
  const stopMemory = sampleMemory()
  const cpu0 = cpuTotals()
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const t0 = performance.now()
        await one()
        latencies.push(performance.now() - t0)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  const cpu1 = cpuTotals()
  const peak = stopMemory()
  latencies.sort((a, b) => a - b)
  const row = { mode: name, docs: count, perSecond: count / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), machineBusy: (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total), peakRssMb: peak.rss, peakPssMb: peak.pss }
  console.log(`${name}: ${row.perSecond.toFixed(2)} notices/s, p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, machine CPU busy ${(row.machineBusy * 100).toFixed(0)}%, peak RSS ${row.peakRssMb.toFixed(0)} MB, peak PSS ${row.peakPssMb.toFixed(0)} MB`)
  return row
}

async function workload(): Promise<{ template: DocumentTemplate; data: Record<string, unknown>; options: Omit<RenderOptions, 'renderer'> }> {
  const template = await loadTemplate(FOLDER, 'rectification-notice')
  const data = JSON.parse(readFileSync(`${FOLDER}rectification-notice.sample.json`, 'utf8'))
  data.photos = data.photos.slice(0, 2)
  data.defects = data.defects.slice(0, 2)
  delete data.cc // with 抄送 and 签收 the notice runs onto a third page
  // camera-sized photos, turned into document renditions once, as the upload step does
  const camera = (colour: string) => sharp({ create: { width: 1280, height: 960, channels: 3, background: colour }, }).composite([{ input: Buffer.from(`<svg width="1280" height="960"><circle cx="640" cy="480" r="300" fill="#c33"/></svg>`) }]).jpeg({ quality: 85 }).toBuffer()
  const assets = { 'defect-1.jpg': await documentPhoto(await camera('#7a8a9a')), 'defect-2.jpg': await documentPhoto(await camera('#9a8a6a')) }
  // no seal in the page: the signature widget at the seal anchor shows it
  const options = { documentNumber: '沈和质监整改〔2026〕15号', issuer: { name: ISSUER }, verifyUrl: 'https://zhian.example.cn/v/7f3a9c2e1b4d?h=0e6040218296c890', assets }
  return { template, data, options }
}

/** A root and a station certificate for the run, as the deployment's CA issues them. */
function identity() {
  const root = newKeyPair()
  const station = newKeyPair()
  const rootDn = [{ shortName: 'CN' as const, value: '质安智监 测试根证书' }]
  const stationDn = [{ shortName: 'O' as const, value: ISSUER }, { shortName: 'CN' as const, value: ISSUER }]
  const validity = { notBefore: new Date(Date.now() - 60_000), notAfter: new Date(Date.now() + 86_400_000) }
  const rootCert = buildCertificate({ subject: rootDn, issuer: rootDn, publicKeyPem: root.publicKeyPem, issuerKeyPem: root.privateKeyPem, issuerPublicKeyPem: root.publicKeyPem, isCa: true, ...validity })
  const stationCert = buildCertificate({ subject: stationDn, issuer: rootDn, publicKeyPem: station.publicKeyPem, issuerKeyPem: root.privateKeyPem, issuerPublicKeyPem: root.publicKeyPem, isCa: false, ...validity })
  return { privateKeyPem: station.privateKeyPem, certificatePem: stationCert.pem, chainPems: [rootCert.pem] }
}

const { template, data, options } = await workload()
const signer = identity()
const sealPdf = await (async () => {
  const renderer = new DocumentRenderer({ poolSize: 1 })
  const svg = sealSvg({ orgName: ISSUER, subtitle: '监督专用章' })
  const { pdf } = await renderer.render(sealPage(svg))
  await renderer.close()
  return pdf
})()

/** Renders with `renderer` and signs: one issued notice's PDF work. */
async function signedNotice(renderer: DocumentRenderer): Promise<Buffer> {
  const rendered = await renderDocument(template, data, { ...options, renderer })
  return signPdf(rendered.pdf, { ...signer, signerName: ISSUER, reason: '整改通知书 沈和质监整改〔2026〕15号', signingTime: new Date(), sealRect: rendered.sealRect, appearance: { pdf: sealPdf } })
}
console.log(`${CORES} cores; pool of ${CORES} pages; ${DOCS} pooled notices, ${NAIVE_DOCS} with a browser each`)

const pool = new DocumentRenderer({ poolSize: CORES })
const first = await signedNotice(pool)
const pages = (await PDFDocument.load(first)).getPageCount()
console.log(`one signed notice: ${pages} pages, ${(first.length / 1024).toFixed(0)} KiB`)
for (let i = 0; i < 3; i++) await signedNotice(pool) // warm the font chunks
const pooled = await measure(`pool of ${CORES}`, DOCS, CORES * 2, async () => void (await signedNotice(pool)))
await pool.close()

const naive = await measure('browser per document', NAIVE_DOCS, 1, async () => {
  const own = new DocumentRenderer({ poolSize: 1 })
  try {
    await signedNotice(own)
  } finally {
    await own.close()
  }
})

console.log(`ratio pool / browser per document: ${(pooled.perSecond / naive.perSecond).toFixed(1)}×`)
console.log(JSON.stringify({ cores: CORES, pages, pdfKiB: Math.round(first.length / 1024), pooled, naive }))
