import QRCode from 'qrcode'

/**
 * The verification QR code as vector SVG (level M, no quiet zone: the
 * template leaves its own white margin), built synchronously from the module
 * matrix. Prefer a short URL (document id + a hash prefix): a lower QR
 * version survives poor printers.
 */
export function verificationQrSvg(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new RangeError(`核验地址应为 http(s) 地址：${url}`)
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const size = modules.size
  let path = ''
  for (let row = 0; row < size; row++) {
    // one path segment per horizontal run of dark modules keeps the SVG small
    for (let col = 0; col < size; col++) {
      if (!modules.get(row, col)) continue
      const start = col
      while (col + 1 < size && modules.get(row, col + 1)) col++
      path += `M${start} ${row}h${col - start + 1}v1h-${col - start + 1}z`
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="verify-qr" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="核验二维码"><path fill="#000" d="${path}"/></svg>`
}
