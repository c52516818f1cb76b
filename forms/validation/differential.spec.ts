/**
 * The differential test: formily itself (mounted in Node as the browser mounts
 * it, zh-CN) against our compiled validator, on 1,200 generated submissions
 * per shipped schema. Verdicts, error paths and the messages at each path
 * must be identical.
 *
 * formily alone checks neither types nor enums (an enum only fills the options
 * list), so the reference is formily plus Zhian's two documented extra rules,
 * registered as formily validators (zhianType, zhianEnum; see ./extra_rules.ts).
 * Undeclared fields are not errors on either side; our validator also drops them
 * from `value`, which the last test checks on its own.
 */
import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { compileForm } from './compile_form.js'
import { compileSchema } from '../schema/compile_schema.js'
import { validateWithFormily } from '../formily/reference_validator.js'
import { generateSubmissions } from './testing/submission_generator.js'

const SUBMISSIONS = 1200
const DICTIONARIES = {
  'structure-type': ['框架结构', '框架-剪力墙结构', '剪力墙结构', '钢结构', '砌体结构'],
  'administrative-region': ['210102', '210103', '210112', '210202'],
  'construction-stage': ['基础', '主体结构', '装饰装修', '竣工收尾'],
}
const SHIPPED = [
  { name: 'filing', schema: '../../definitions/project-filing/forms/filing.form.json', seed: 20261124 },
  { name: 'inspection', schema: '../../definitions/site-inspection/forms/inspection.form.json', seed: 4 },
]

async function readJson(relative: string): Promise<object> {
  return JSON.parse(await readFile(new URL(relative, import.meta.url), 'utf8'))
}

/** path → sorted messages, the comparable shape of both validators' errors. */
function byPath(entries: Array<{ path: string; messages: readonly string[] }>): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const { path, messages } of entries) out[path] = [...(out[path] ?? []), ...messages].sort()
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}

test.group('differential: compiled validator vs formily in Node', () => {
  for (const shipped of SHIPPED) {
    test(`${shipped.name}: ${SUBMISSIONS} generated submissions get identical verdicts, paths and messages`, async ({ assert }) => {
      // given: the shipped schema, its valid sample and a seeded generator
      const schema = await readJson(shipped.schema)
      const sample = await readJson(shipped.schema.replace('.form.json', '.sample.json'))
      const form = compileForm(schema)
      const submissions = generateSubmissions({ seed: shipped.seed, fields: compileSchema(schema), sample, count: SUBMISSIONS })

      // when / then: every submission, both validators
      let valid = 0
      for (const [n, data] of [...submissions].entries()) {
        const reference = byPath(await validateWithFormily(schema, data, DICTIONARIES))
        const ours = form.validate(data, { dictionaries: DICTIONARIES })
        const oursByPath = byPath(ours.errors.map((e) => ({ path: e.path, messages: [e.message] })))
        assert.deepEqual(oursByPath, reference, `submission #${n}: ${JSON.stringify(data)}`)
        assert.equal(ours.ok, Object.keys(reference).length === 0)
        if (ours.ok) valid++
      }
      // the generator must exercise both verdicts, or the comparison proves little
      assert.isAbove(valid, SUBMISSIONS * 0.1)
      assert.isBelow(valid, SUBMISSIONS * 0.9)
    }).timeout(300_000)
  }

  test('undeclared fields and the ArrayTable index key are dropped from the value', async ({ assert }) => {
    // given
    const schema = await readJson(SHIPPED[1].schema)
    const sample = (await readJson(SHIPPED[1].schema.replace('.form.json', '.sample.json'))) as Record<string, any>
    const data = { ...sample, isAdmin: true, items: sample.items.map((row: object, i: number) => ({ ...row, __DO_NOT_USE_THIS_PROPERTY_index__: i })) }

    // when
    const result = compileForm(schema).validate(data, { dictionaries: DICTIONARIES })

    // then
    assert.isTrue(result.ok)
    assert.notProperty(result.value, 'isAdmin')
    assert.deepEqual(result.value.items, sample.items)
  })
})
