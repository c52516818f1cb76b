/**
 * Every schema shipped under definitions/ compiles in the dialect and accepts
 * its own `<name>.sample.json`.
 */
import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { compileForm } from '../index.js'

const DEFINITIONS = new URL('../../definitions/', import.meta.url)
const DICTIONARIES = {
  'structure-type': ['框架结构', '框架-剪力墙结构', '剪力墙结构', '钢结构', '砌体结构'],
  'administrative-region': ['210102', '210103', '210112', '210202'],
  'construction-stage': ['基础', '主体结构', '装饰装修', '竣工收尾'],
}

async function shippedForms(): Promise<string[]> {
  const entries = await readdir(DEFINITIONS, { recursive: true })
  return entries.filter((entry) => entry.endsWith('.form.json')).sort()
}

test.group('shipped form schemas', () => {
  test('there are at least the filing and inspection forms', async ({ assert }) => {
    const forms = await shippedForms()
    assert.includeMembers(forms, ['project-filing/forms/filing.form.json', 'site-inspection/forms/inspection.form.json'])
  })

  test('each compiles and accepts its sample', async ({ assert }) => {
    for (const file of await shippedForms()) {
      // given
      const schema = JSON.parse(await readFile(new URL(file, DEFINITIONS), 'utf8'))
      const sample = JSON.parse(await readFile(new URL(file.replace('.form.json', '.sample.json'), DEFINITIONS), 'utf8'))

      // when
      const result = compileForm(schema).validate(sample, { dictionaries: DICTIONARIES })

      // then
      assert.deepEqual(result.errors, [], file)
      assert.deepEqual(result.value, sample, `${file}: the sample declares only known fields`)
    }
  })
})
