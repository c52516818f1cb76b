import { X509Certificate, createHash, createPrivateKey, sign } from 'node:crypto'
import { Signer } from '@signpdf/utils'
import { issuerAndSerial, nullValue, octetString, oid, sequence, setOf, tlv, integer } from '../pki/der.js'

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest()
const attribute = (type: string, value: Buffer) => sequence(oid(type), setOf(0x31, [value]))

/**
 * A CMS SignedData (detached, SHA-256) built with node:crypto, for
 * `ETSI.CAdES.detached` PDF signatures: the signed attributes are
 * contentType, messageDigest and ESS signing-certificate-v2, and no
 * signingTime (PAdES takes the time from the signature dictionary's /M).
 * RSA keys sign PKCS#1 v1.5, EC keys ECDSA.
 */
export class NodeCmsSigner extends Signer {
  readonly #key: ReturnType<typeof createPrivateKey>
  readonly #cert: Buffer
  readonly #chain: Buffer[]

  constructor(privateKeyPem: string, certificatePem: string, chainPems: readonly string[] = []) {
    super()
    this.#key = createPrivateKey(privateKeyPem)
    this.#cert = Buffer.from(new X509Certificate(certificatePem).raw)
    this.#chain = chainPems.map((pem) => Buffer.from(new X509Certificate(pem).raw))
  }

  async sign(content: Buffer): Promise<Buffer> {
    const { issuer, serial } = issuerAndSerial(this.#cert)
    const sha256Id = sequence(oid(OID.sha256))
    // ESSCertIDv2 with the default hash (SHA-256, so omitted) and issuerSerial: GeneralNames { [4] directoryName }
    const essCertId = sequence(octetString(sha256(this.#cert)), sequence(sequence(tlv(0xa4, issuer)), serial))
    const attributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octetString(sha256(content))),
      attribute(OID.signingCertificateV2, sequence(sequence(essCertId))),
    ]
    // the signature covers the attributes as a SET (0x31); in SignerInfo they are [0] IMPLICIT (0xA0)
    const signedAttributes = setOf(0x31, attributes)
    const isEc = this.#key.asymmetricKeyType === 'ec'
    const signature = sign('sha256', signedAttributes, this.#key)
    const signerInfo = sequence(
      integer(1),
      sequence(issuer, serial),
      sha256Id,
      Buffer.concat([Buffer.from([0xa0]), signedAttributes.subarray(1)]),
      isEc ? sequence(oid(OID.ecdsaWithSha256)) : sequence(oid(OID.rsaEncryption), nullValue()),
      octetString(signature)
    )
    const signedData = sequence(
      integer(1),
      setOf(0x31, [sha256Id]),
      sequence(oid(OID.data)),
      tlv(0xa0, this.#cert, ...this.#chain),
      setOf(0x31, [signerInfo])
    )
    return sequence(oid(OID.signedData), tlv(0xa0, signedData))
  }
}
