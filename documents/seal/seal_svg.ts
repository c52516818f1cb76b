/** What a drafted round seal says. */
export interface SealOptions {
  /** the body's full name, around the upper arc */
  readonly orgName: string
  /** a horizontal line under the star, e.g. 监督专用章 */
  readonly subtitle?: string
  /** the 13-digit seal code along the lower arc */
  readonly code?: string
  /** 42 mm unless given; 公章 are 38–45 mm */
  readonly diameterMm?: number
}

const RED = '#d7000f'
const FONT = `font-family="Noto Serif SC" font-weight="700"`

const xml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.codePointAt(0)};`)
const fixed = (n: number) => Number(n.toFixed(3))

/**
 * A round 公章 drawing as SVG in millimetres: rim, five-pointed star, the
 * name clockwise over the top, optional subtitle and code. Each glyph is
 * placed and rotated on its own (not <textPath>) so spacing and condensing
 * are ours. A generated seal is a draft artefact; a real 公章 image comes from
 * the registered seal or an 电子印章 platform.
 */
export function sealSvg(options: SealOptions): string {
  const d = options.diameterMm ?? 42
  if (!(d >= 20 && d <= 60)) throw new RangeError(`印章直径应在 20–60 mm 之间：${d}`)
  const name = [...options.orgName.trim()]
  if (name.length === 0) throw new RangeError('印章需要单位名称')
  const c = d / 2
  const rim = 0.03 * d
  const parts = [
    `<circle cx="${c}" cy="${c}" r="${fixed(c - rim / 2)}" fill="none" stroke="${RED}" stroke-width="${fixed(rim)}"/>`,
    star(c, c, 0.16 * d),
    ...arcName(name, c, d, rim),
  ]
  if (options.subtitle) {
    parts.push(`<text x="${c}" y="${fixed(c + 0.25 * d)}" font-size="${fixed(0.085 * d)}" text-anchor="middle" ${FONT} fill="${RED}">${xml(options.subtitle)}</text>`)
  }
  if (options.code) parts.push(...arcCode([...options.code], c, d, rim))
  return `<svg xmlns="http://www.w3.org/2000/svg" class="seal" width="${d}mm" height="${d}mm" viewBox="0 0 ${d} ${d}" role="img" aria-label="${xml(options.orgName)}印章">${parts.join('')}</svg>`
}

function star(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    points.push(`${fixed(cx + r * Math.cos(a))},${fixed(cy + r * Math.sin(a))}`)
  }
  return `<polygon points="${points.join(' ')}" fill="${RED}"/>`
}

/**
 * The name over the top: the arc widens from 150° to 250° with the length;
 * glyphs are condensed (down to 0.6) before they shrink, and sized so they
 * do not touch at their inner edge, where the arc is shortest.
 */
function arcName(chars: string[], c: number, d: number, rim: number): string[] {
  const n = chars.length
  const spanDeg = Math.min(250, Math.max(150, n * 15))
  const step = (spanDeg * Math.PI) / 180 / n
  const outerEdge = c - rim - 0.035 * d
  let size = 0.16 * d
  let squeeze = 1
  for (let i = 0; i < 8; i++) {
    const innerRadius = outerEdge - size
    squeeze = Math.min(1, (0.92 * innerRadius * step) / size)
    if (squeeze >= 0.6) break
    size *= 0.9
    squeeze = 0.6
  }
  const radius = outerEdge - size / 2
  return chars.map((ch, i) => {
    const deg = -90 - spanDeg / 2 + (spanDeg * (i + 0.5)) / n
    const a = (deg * Math.PI) / 180
    const x = fixed(c + radius * Math.cos(a))
    const y = fixed(c + radius * Math.sin(a))
    return `<text transform="translate(${x} ${y}) rotate(${fixed(deg + 90)}) scale(${fixed(squeeze)} 1)" font-size="${fixed(size)}" text-anchor="middle" dominant-baseline="central" ${FONT} fill="${RED}">${xml(ch)}</text>`
  })
}

/** The seal code under the star, read left to right along the lower arc, feet outward. */
function arcCode(chars: string[], c: number, d: number, rim: number): string[] {
  const n = chars.length
  const size = 0.05 * d
  const radius = c - rim - 0.02 * d - size / 2
  const spanDeg = Math.min(100, n * 6.5)
  return chars.map((ch, i) => {
    const deg = 90 + spanDeg / 2 - (spanDeg * (i + 0.5)) / n
    const a = (deg * Math.PI) / 180
    return `<text transform="translate(${fixed(c + radius * Math.cos(a))} ${fixed(c + radius * Math.sin(a))}) rotate(${fixed(deg - 90)})" font-size="${fixed(size)}" text-anchor="middle" dominant-baseline="central" ${FONT} fill="${RED}">${xml(ch)}</text>`
  })
}
