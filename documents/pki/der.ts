/**
 * Just enough DER to build a CMS SignedData and to read certificates and
 * signatures back, byte for byte. We splice the issuer Name out of the
 * certificate's own bytes instead of re-encoding it: forge re-encodes UTF-8
 * DNs twice (digitalbazaar/forge#847), and no verifier then finds a signer
 * whose CA has a Chinese O=.
 */

/** One TLV inside a buffer: `start` is the tag byte, `body` the value's first byte. */
export interface Tlv {
  readonly tag: number
  readonly start: number
  readonly body: number
  readonly end: number
}

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** A TLV with the given tag around the concatenated parts. */
export function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts)
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body])
}

export const sequence = (...parts: Buffer[]) => tlv(0x30, ...parts)
export const octetString = (bytes: Buffer) => tlv(0x04, bytes)
export const nullValue = () => Buffer.from([0x05, 0x00])
export const integer = (value: number) => tlv(0x02, Buffer.from([value]))

/** SET OF in DER order: the elements sorted by their encodings. */
export function setOf(tag: number, elements: Buffer[]): Buffer {
  return tlv(tag, ...[...elements].sort(Buffer.compare))
}

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number)
  const bytes = [first * 40 + second]
  for (const arc of rest) {
    const chunk = [arc & 0x7f]
    for (let value = arc >>> 7; value > 0; value >>>= 7) chunk.unshift(0x80 | (value & 0x7f))
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

/** The dotted form of an OBJECT IDENTIFIER TLV. */
export function oidText(der: Buffer, node: Tlv): string {
  const bytes = der.subarray(node.body, node.end)
  const arcs = [Math.floor(bytes[0] / 40), bytes[0] % 40]
  let value = 0
  for (const byte of bytes.subarray(1)) {
    value = value * 128 + (byte & 0x7f)
    if (!(byte & 0x80)) {
      arcs.push(value)
      value = 0
    }
  }
  return arcs.join('.')
}

/** Reads the TLV at `offset`; throws on a length running past the buffer. */
export function readTlv(der: Buffer, offset = 0): Tlv {
  if (offset + 2 > der.length) throw new Error('DER: truncated')
  const tag = der[offset]
  let length = der[offset + 1]
  let body = offset + 2
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4) throw new Error('DER: unsupported length')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + der[body + i]
    body += count
  }
  if (body + length > der.length) throw new Error('DER: length beyond the data')
  return { tag, start: offset, body, end: body + length }
}

/** The children of a constructed TLV. */
export function children(der: Buffer, node: Tlv): Tlv[] {
  const result: Tlv[] = []
  for (let offset = node.body; offset < node.end; ) {
    const child = readTlv(der, offset)
    result.push(child)
    offset = child.end
  }
  return result
}

/** The bytes of a whole TLV (tag and length included). */
export const bytesOf = (der: Buffer, node: Tlv) => der.subarray(node.start, node.end)

/** Issuer Name and serial INTEGER of an X.509 certificate, exactly as encoded in it. */
export function issuerAndSerial(certDer: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = children(certDer, readTlv(certDer))[0]
  const fields = children(certDer, tbs)
  const at = fields[0].tag === 0xa0 ? 1 : 0 // [0] version is optional
  return { serial: bytesOf(certDer, fields[at]), issuer: bytesOf(certDer, fields[at + 2]) }
}
