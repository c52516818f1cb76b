import { X509Certificate, createHash, verify } from 'node:crypto'
import { bytesOf, children, issuerAndSerial, oidText, readTlv, type Tlv } from '../pki/der.js'

/** What the bytes of a signed PDF say about its (last) signature, before asking who is trusted. */
export interface SignatureInspection {
  readonly byteRange: readonly number[]
  /** the ByteRange runs from byte 0 to the end of the file, leaving out only the /Contents hex string */
  readonly coversWholeFile: boolean
  /** SHA-256 of the signed ranges equals the messageDigest attribute */
  readonly digestMatches: boolean
  /** the signer's key verifies the signed attributes */
  readonly signatureValid: boolean
  /** ESS signing-certificate-v2 names the signer certificate (PAdES) */
  readonly signingCertificateBound: boolean
  readonly signer: X509Certificate | null
  readonly signedAt: Date | null
}

const MESSAGE_DIGEST = '1.2.840.113549.1.9.4'
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47'
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest()

/** The last signature dictionary's ByteRange, /Contents and /M. */
function lastSignature(pdf: Buffer): { byteRange: number[]; contents: Buffer; signedAt: Date | null } | null {
  const text = pdf.toString('latin1')
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)]
  const match = ranges.at(-1)
  if (!match) return null
  const byteRange = match.slice(1, 5).map(Number)
  const hex = text.slice(byteRange[0] + byteRange[1] + 1, byteRange[2] - 1)
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null
  const time = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(text.slice(match.index, match.index + 20_000))
  const signedAt = time ? new Date(Date.UTC(+time[1], +time[2] - 1, +time[3], +time[4], +time[5], +time[6])) : null
  return { byteRange, contents: Buffer.from(hex, 'hex'), signedAt }
}

function coverage(pdf: Buffer, [start, firstLength, second, secondLength]: number[]): boolean {
  return (
    start === 0 &&
    second > firstLength &&
    second + secondLength === pdf.length &&
    pdf[firstLength] === 0x3c && // '<'
    pdf[second - 1] === 0x3e // '>'
  )
}

/** The pieces of CMS SignedData a verifier needs, by position (RFC 5652 §5.1, §5.3). */
function parseCms(cms: Buffer) {
  const content = children(cms, readTlv(cms))[1]
  const signedData = children(cms, children(cms, content)[0])
  const certificates = signedData.find((node) => node.tag === 0xa0)
  const signerInfos = signedData.at(-1)!
  const info = children(cms, children(cms, signerInfos)[0])
  const attributes = info.find((node) => node.tag === 0xa0)
  if (!attributes) throw new Error('no signed attributes')
  return {
    certificates: certificates ? children(cms, certificates).map((node) => Buffer.from(bytesOf(cms, node))) : [],
    // the body of IssuerAndSerialNumber: issuer Name then serial INTEGER
    signerId: cms.subarray(info[1].body, info[1].end),
    attributes,
    signature: cms.subarray(info.at(-1)!.body, info.at(-1)!.end),
  }
}

function attributeValue(cms: Buffer, attributes: Tlv, type: string): Tlv | undefined {
  for (const attribute of children(cms, attributes)) {
    const [name, values] = children(cms, attribute)
    if (oidText(cms, name) === type) return children(cms, values)[0]
  }
  return undefined
}

/** ESSCertIDv2's certHash (hash algorithm left at its SHA-256 default). */
function essCertHash(cms: Buffer, value: Tlv): Buffer | undefined {
  const firstId = children(cms, children(cms, value)[0])[0]
  const fields = children(cms, firstId)
  const hash = fields.find((node) => node.tag === 0x04)
  return hash && Buffer.from(cms.subarray(hash.body, hash.end))
}

/**
 * Checks a PDF's last signature against its own bytes: coverage, digest,
 * the signer certificate (matched by byte-exact issuer and serial) and its
 * signature over the signed attributes. Trust is decided by the caller.
 */
export function inspectSignature(pdf: Buffer): SignatureInspection | null {
  const found = lastSignature(pdf)
  if (!found) return null
  const { byteRange, contents, signedAt } = found
  const nothing = { byteRange, coversWholeFile: coverage(pdf, byteRange), signedAt, digestMatches: false, signatureValid: false, signingCertificateBound: false, signer: null }
  let parsed: ReturnType<typeof parseCms>
  const cms = Buffer.from(contents.subarray(0, readTlv(contents).end))
  try {
    parsed = parseCms(cms)
  } catch {
    return nothing
  }
  const signedBytes = Buffer.concat([pdf.subarray(byteRange[0], byteRange[0] + byteRange[1]), pdf.subarray(byteRange[2], byteRange[2] + byteRange[3])])
  const digest = attributeValue(cms, parsed.attributes, MESSAGE_DIGEST)
  const digestMatches = Boolean(digest) && sha256(signedBytes).equals(cms.subarray(digest!.body, digest!.end))
  const signerDer = parsed.certificates.find((der) => {
    const { issuer, serial } = issuerAndSerial(der)
    return parsed.signerId.equals(Buffer.concat([issuer, serial]))
  })
  if (!signerDer) return { ...nothing, digestMatches }
  const signer = new X509Certificate(signerDer)
  // the signature covers the attributes encoded as a SET, not as the [0] they are stored under
  const signedAttributes = Buffer.from(bytesOf(cms, parsed.attributes))
  signedAttributes[0] = 0x31
  const signatureValid = verify('sha256', signedAttributes, signer.publicKey, parsed.signature)
  const ess = attributeValue(cms, parsed.attributes, SIGNING_CERTIFICATE_V2)
  const signingCertificateBound = Boolean(ess && essCertHash(cms, ess)?.equals(sha256(signerDer)))
  return { ...nothing, digestMatches, signatureValid, signingCertificateBound, signer }
}
