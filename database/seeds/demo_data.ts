import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { creditCodeCheckChar, residentIdCheckChar } from '#forms'
import Organization from '#models/organization'
import Project from '#models/project'
import Personnel from '#models/personnel'
import User from '#models/user'
import Role from '#models/role'
import { DEMO_ROLES } from './catalog.js'
import { ensureRole } from './base_data.js'
import { CITIES, DEMO_ENFORCERS, DEMO_PASSWORD, DEMO_USERS, ENTERPRISES, PEOPLE, PROJECTS, PROVINCE } from './liaoning.js'

type Level = 'province' | 'city' | 'county'

async function addNode(trx: TransactionClientContract, parent: Organization | null, values: Partial<Organization>) {
  const node = await Organization.create({ ...values, parentId: parent?.id ?? null, path: '/' }, { client: trx })
  node.path = `${parent?.path ?? '/'}${node.id}/`
  await node.useTransaction(trx).save()
  return node
}

/** An authority with its quality and safety stations, indexed by "kind:regionCode". */
async function addAuthority(trx: TransactionClientContract, parent: Organization | null, name: string, code: string, level: Level, index: Map<string, Organization>) {
  const authorityName = level === 'province' ? `${name}住房和城乡建设厅` : `${name}住房和城乡建设局`
  const authority = await addNode(trx, parent, { kind: 'authority', level, name: authorityName, regionCode: code })
  const quality = await addNode(trx, authority, { kind: 'quality_station', level, name: `${name}建设工程质量监督站`, regionCode: code })
  const safety = await addNode(trx, authority, { kind: 'safety_station', level, name: `${name}建筑安全监督站`, regionCode: code })
  index.set(`authority:${code}`, authority).set(`quality:${code}`, quality).set(`safety:${code}`, safety)
  return authority
}

function demoCreditCode(region: string, serial: number): string {
  const first17 = `91${region}MA0${String(serial).padStart(6, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

function demoIdNumber(region: string, birth: string, serial: number): string {
  const first17 = `${region}${birth}${String(serial).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

/** The organisation tree, enterprises, projects, people, business roles and one account per role. */
export async function seedDemoData(trx: TransactionClientContract): Promise<void> {
  const index = new Map<string, Organization>()
  const province = await addAuthority(trx, null, PROVINCE.name, PROVINCE.code, 'province', index)
  index.set('province', province)
  for (const city of CITIES) {
    const authority = await addAuthority(trx, province, city.name, city.code, 'city', index)
    for (const [county, code] of city.counties) {
      await addAuthority(trx, authority, `${city.name}${county}`, code, 'county', index)
    }
  }

  for (const [serial, [key, name, type, region]] of ENTERPRISES.entries()) {
    const enterprise = await addNode(trx, null, { kind: 'enterprise', name, enterpriseType: type, regionCode: region, creditCode: demoCreditCode(region, serial + 1) })
    index.set(`enterprise:${key}`, enterprise)
  }

  for (const [serial, name, category, county, latitude, longitude, parties] of PROJECTS) {
    const authority = index.get(`authority:${county}`)!
    const project = await Project.create(
      {
        code: `2026-${county}-47-01-${String(serial).padStart(6, '0')}`,
        name,
        category,
        regionCode: county,
        address: `${authority.name.replace('住房和城乡建设局', '')}`,
        latitude,
        longitude,
        authorityId: authority.id,
        qualityStationId: index.get(`quality:${county}`)!.id,
        safetyStationId: index.get(`safety:${county}`)!.id,
        scopePath: authority.path,
        status: 'filed',
      },
      { client: trx }
    )
    for (const [role, key] of parties) {
      await project.related('parties').create({ role, organizationId: index.get(`enterprise:${key}`)!.id })
    }
  }

  for (const [serial, [fullName, key, position, birth, mobile, certificates]] of PEOPLE.entries()) {
    const enterprise = index.get(`enterprise:${key}`)!
    const person = await Personnel.create(
      { organizationId: enterprise.id, fullName, position, mobile, idCardNo: demoIdNumber(enterprise.regionCode!, birth, 11 + serial * 2) },
      { client: trx }
    )
    for (const [kind, number, issued] of certificates) {
      await person.related('certificates').create({ kind, number, issuedOn: DateTime.fromISO(issued) })
    }
  }

  for (const seed of DEMO_ROLES) await ensureRole(trx, seed, false)
  const enforcers = new Map(DEMO_ENFORCERS.map(([username, certificate, mobile]) => [username, { certificate, mobile }]))
  for (const [username, fullName, roleCode, orgKey] of DEMO_USERS) {
    const enforcer = enforcers.get(username)
    const user = await User.create(
      {
        username,
        fullName,
        organizationId: index.get(orgKey)!.id,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        isActive: true,
        enforcementCertificateNo: enforcer?.certificate ?? null,
        mobile: enforcer?.mobile ?? null,
      },
      { client: trx }
    )
    const role = await Role.query({ client: trx }).where('code', roleCode).firstOrFail()
    await user.related('roles').attach([role.id])
  }
}
