import { X509Certificate } from 'node:crypto'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { buildCertificate, newKeyPair, publicKeyOf, type DnPart } from './certificates.js'
import { openPrivateKey, sealPrivateKey } from './key_vault.js'

/** The deployment's own root: generated on first use, never exported with its key. */
export const ROOT_DN: readonly DnPart[] = [
  { shortName: 'C', value: 'CN' },
  { shortName: 'O', value: '质安智监' },
  { shortName: 'CN', value: '质安智监电子文书签章根证书' },
]
const ROOT_YEARS = 20
const SIGNER_YEARS = 5

/** What signs for an organisation: its current certificate and key, and the chain up to our root. */
export interface SigningIdentity {
  readonly certificateId: number
  readonly organizationId: number
  readonly subjectName: string
  readonly certificatePem: string
  readonly privateKeyPem: string
  readonly chainPems: readonly string[]
}

interface CertificateRow {
  id: number
  organization_id: number | null
  certificate_pem: string
  private_key_encrypted: string
  subject: string
}

function yearsAfter(date: Date, years: number): Date {
  const result = new Date(date)
  result.setUTCFullYear(result.getUTCFullYear() + years)
  return result
}

function validAt(pem: string, at: Date): boolean {
  const x509 = new X509Certificate(pem)
  return new Date(x509.validFrom) <= at && at < new Date(x509.validTo)
}

/** A minute back, so a verifier whose clock runs slightly behind still sees the certificate as valid. */
const skewed = (now: Date) => new Date(now.getTime() - 60_000)

async function insertCertificate(
  client: QueryClientContract,
  row: { organizationId: number | null; kind: 'root' | 'signing'; subject: string; pem: string; serial: string; keyPem: string; now: Date }
): Promise<number> {
  const x509 = new X509Certificate(row.pem)
  const [id] = await client.table('document_certificates').insert({
    organization_id: row.organizationId,
    kind: row.kind,
    serial: row.serial,
    subject: row.subject,
    certificate_pem: row.pem,
    private_key_encrypted: sealPrivateKey(row.keyPem),
    not_before: new Date(x509.validFrom),
    not_after: new Date(x509.validTo),
    created_at: row.now,
  })
  return Number(id)
}

/**
 * The root CA, created on first use. Concurrent first uses may create two
 * roots; both are trusted (verification accepts any unrevoked root that
 * issued the signer), and the oldest one issues from then on.
 */
export async function rootCertificate(client: QueryClientContract, now: Date): Promise<CertificateRow> {
  const existing = await client.from('document_certificates').where('kind', 'root').whereNull('revoked_at').orderBy('id').first()
  if (existing) return existing
  const keys = newKeyPair()
  const { pem, serial } = buildCertificate({
    subject: ROOT_DN,
    issuer: ROOT_DN,
    publicKeyPem: keys.publicKeyPem,
    issuerKeyPem: keys.privateKeyPem,
    issuerPublicKeyPem: keys.publicKeyPem,
    notBefore: skewed(now),
    notAfter: yearsAfter(now, ROOT_YEARS),
    isCa: true,
  })
  const subject = ROOT_DN.find((part) => part.shortName === 'CN')!.value
  await insertCertificate(client, { organizationId: null, kind: 'root', subject, pem, serial, keyPem: keys.privateKeyPem, now })
  return rootCertificate(client, now)
}

/** Issues a new signing certificate to an organisation (O= and CN= its Chinese name), signed by the root. */
export async function issueOrganizationCertificate(client: QueryClientContract, organizationId: number, now: Date): Promise<number> {
  const organization = await client.from('organizations').where('id', organizationId).select('id', 'name').first()
  if (!organization) throw new Error(`organization ${organizationId} does not exist`)
  const root = await rootCertificate(client, now)
  const keys = newKeyPair()
  const { pem, serial } = buildCertificate({
    subject: [
      { shortName: 'C', value: 'CN' },
      { shortName: 'O', value: organization.name },
      { shortName: 'CN', value: organization.name },
    ],
    issuer: ROOT_DN,
    publicKeyPem: keys.publicKeyPem,
    issuerKeyPem: openPrivateKey(root.private_key_encrypted),
    issuerPublicKeyPem: publicKeyOf(root.certificate_pem),
    notBefore: skewed(now),
    notAfter: yearsAfter(now, SIGNER_YEARS),
    isCa: false,
  })
  // the issuer DN is rebuilt from ROOT_DN: make sure it still names the stored root byte for byte
  if (!new X509Certificate(pem).checkIssued(new X509Certificate(root.certificate_pem))) {
    throw new Error('the issued certificate does not chain to the stored root CA')
  }
  return insertCertificate(client, { organizationId, kind: 'signing', subject: organization.name, pem, serial, keyPem: keys.privateKeyPem, now })
}

/** The organisation's current certificate and key; the first issuance of an organisation provisions one. */
export async function signingIdentity(client: QueryClientContract, organizationId: number, now: Date): Promise<SigningIdentity> {
  const current = () =>
    client
      .from('document_certificates')
      .where({ organization_id: organizationId, kind: 'signing' })
      .whereNull('superseded_at')
      .whereNull('revoked_at')
      .orderBy('id', 'desc')
      .first()
  const found: CertificateRow | undefined = await current()
  // none yet, or outside its validity at `now` (expired, or issued under a clock that has since been set back): a fresh one
  if (!found || !validAt(found.certificate_pem, now)) await rotateOrganizationCertificate(client, organizationId, now)
  const row: CertificateRow = found && validAt(found.certificate_pem, now) ? found : await current()
  const root = await rootCertificate(client, now)
  return {
    certificateId: row.id,
    organizationId,
    subjectName: row.subject,
    certificatePem: row.certificate_pem,
    privateKeyPem: openPrivateKey(row.private_key_encrypted),
    chainPems: [root.certificate_pem],
  }
}

/** Rotation: the current certificate is superseded (it still verifies what it signed) and a new one issued. */
export async function rotateOrganizationCertificate(client: QueryClientContract, organizationId: number, now: Date): Promise<number> {
  await client
    .from('document_certificates')
    .where({ organization_id: organizationId, kind: 'signing' })
    .whereNull('superseded_at')
    .update({ superseded_at: now })
  return issueOrganizationCertificate(client, organizationId, now)
}

/** Revocation: every document the certificate signed verifies as revoked from now on. */
export async function revokeCertificate(client: QueryClientContract, certificateId: number, reason: string, now: Date): Promise<void> {
  const changed = await client
    .from('document_certificates')
    .where('id', certificateId)
    .whereNull('revoked_at')
    .update({ revoked_at: now, revocation_reason: reason.slice(0, 200) })
  if (!changed) throw new Error(`certificate ${certificateId} does not exist or is already revoked`)
}
