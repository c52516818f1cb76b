import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { scopeProjects } from '#services/access/access'

/** One project as the list shows it. */
export interface ProjectListItem {
  id: number
  code: string
  name: string
  category: string
  regionCode: string
  address: string | null
  latitude: number | null
  longitude: number | null
  authorityId: number
  qualityStationId: number | null
  safetyStationId: number | null
  status: string
  createdAt: string
}

export interface ProjectListPage {
  meta: { total: number; perPage: number; currentPage: number; lastPage: number }
  data: ProjectListItem[]
}

const COLUMNS = [
  'id',
  'code',
  'name',
  'category',
  'region_code as regionCode',
  'address',
  'latitude',
  'longitude',
  'authority_id as authorityId',
  'quality_station_id as qualityStationId',
  'safety_station_id as safetyStationId',
  'status',
  'created_at as createdAt',
]

/** SQLite hands back "YYYY-MM-DD HH:MM:SS" (UTC), MySQL a Date: both leave as ISO 8601. */
function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  return new Date(`${String(value).replace(' ', 'T')}Z`).toISOString()
}

/**
 * The page of projects the caller may see, newest first. A read model: plain
 * rows with the columns the list needs, no ORM models (this is the hottest
 * query of the portal; see bench/RESULTS.md).
 */
export async function listProjects(access: Access, options: { page: number; perPage: number; q?: string }): Promise<ProjectListPage> {
  const query = scopeProjects(db.from('projects'), access)
  if (options.q) {
    const q = options.q
    query.where((search) => search.where('name', 'like', `%${q}%`).orWhere('code', 'like', `${q}%`))
  }

  const [{ total }] = await query.clone().count('* as total')
  const rows = await query
    .select(COLUMNS)
    .orderBy('id', 'desc')
    .limit(options.perPage)
    .offset((options.page - 1) * options.perPage)

  return {
    meta: {
      total: Number(total),
      perPage: options.perPage,
      currentPage: options.page,
      lastPage: Math.max(1, Math.ceil(Number(total) / options.perPage)),
    },
    data: rows.map((row) => ({ ...row, createdAt: iso(row.createdAt) })),
  }
}
