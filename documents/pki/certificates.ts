import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'

/** One relative distinguished name; values may be Chinese. */
export interface DnPart {
  readonly shortName: 'C' | 'O' | 'OU' | 'CN'
  readonly value: string
}

export interface CertificateRequest {
  readonly subject: readonly DnPart[]
  readonly issuer: readonly DnPart[]
  /** the subject's public key (PEM, SPKI) */
  readonly publicKeyPem: string
  /** the issuer's private key (PEM, PKCS#8); the subject's own for a self-signed root */
  readonly issuerKeyPem: string
  readonly issuerPublicKeyPem: string
  readonly notBefore: Date
  readonly notAfter: Date
  readonly isCa: boolean
}

/** An RSA-2048 key pair from node:crypto (forge's pure-JS keygen takes seconds). */
export function newKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}

/** A positive 128-bit serial that never starts with a zero byte (uppercase hex, as X509Certificate prints it). */
function newSerial(): string {
  return ('1' + randomBytes(16).toString('hex').slice(1)).toUpperCase()
}

/** forge writes PrintableString unless told otherwise; Chinese needs UTF8String. */
function forgeDn(parts: readonly DnPart[]) {
  return parts.map((part) => ({ shortName: part.shortName, value: part.value, valueTagClass: forge.asn1.Type.UTF8 as number }))
}

function keyId(publicKeyPem: string): string {
  const rsa = forge.pki.publicKeyFromPem(publicKeyPem)
  return forge.pki.getPublicKeyFingerprint(rsa, { md: forge.md.sha1.create(), type: 'RSAPublicKey' }).getBytes()
}

/**
 * Builds and signs an X.509 v3 certificate. A CA gets basicConstraints and
 * keyCertSign; a signer gets what PDF and S/MIME verifiers look for:
 * KU digitalSignature + nonRepudiation (critical), EKU emailProtection and
 * documentSigning (1.3.6.1.5.5.7.3.36).
 */
export function buildCertificate(request: CertificateRequest): { pem: string; serial: string } {
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(request.publicKeyPem)
  const serial = newSerial()
  cert.serialNumber = serial
  cert.validity.notBefore = request.notBefore
  cert.validity.notAfter = request.notAfter
  cert.setSubject(forgeDn(request.subject))
  cert.setIssuer(forgeDn(request.issuer))
  const common = [
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: keyId(request.issuerPublicKeyPem) },
  ]
  const usage = request.isCa
    ? [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ]
    : [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
        { name: 'extKeyUsage', emailProtection: true, '1.3.6.1.5.5.7.3.36': true },
      ]
  cert.setExtensions([...usage, ...common])
  cert.sign(forge.pki.privateKeyFromPem(request.issuerKeyPem), forge.md.sha256.create())
  return { pem: forge.pki.certificateToPem(cert), serial }
}

/** The public key of a certificate, as SPKI PEM. */
export function publicKeyOf(certPem: string): string {
  return new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'pem' }).toString()
}
