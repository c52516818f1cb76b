import { repositoryQueries } from '#services/engine/engine'
import db from '@adonisjs/lucid/services/db'

/**
 * The schema a form key names today: the `<formKey>.form.json` of the latest
 * deployment that holds one (definitions:deploy stores forms as deployment
 * resources). Null when no deployment has it or it is not JSON.
 */
export async function latestFormSchema(formKey: string): Promise<unknown | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(formKey)) return null
  const fileName = `${formKey}.form.json`
  const row = await db
    .from('engine_resources')
    .join('engine_deployments', 'engine_deployments.id', 'engine_resources.deployment_id')
    .where((name) => name.where('engine_resources.name', fileName).orWhere('engine_resources.name', `forms/${fileName}`))
    .orderBy('engine_deployments.deployed_at', 'desc')
    .select('engine_resources.id', 'engine_resources.deployment_id')
    .first()
  if (!row) return null
  const { content } = await repositoryQueries().resourceData(row.deployment_id, row.id)
  try {
    return JSON.parse(content.toString('utf8'))
  } catch {
    return null
  }
}
