/**
 * Benchmark: server validations/s of the site-inspection form (30 fields plus
 * a checks table) with the compiled validator and with formily in Node (a fresh
 * form per submission, as the reference validator runs it), and their ratio.
 * One process, one core. Half the submissions are valid, half carry errors.
 *
 *   node --import @poppinss/ts-exec bench/forms.ts      (BENCH_SECONDS=3)
 */
import { readFileSync } from 'node:fs'
import { compileForm, validateWithFormily } from '../forms/index.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3)
const read = (path: string) => JSON.parse(readFileSync(new URL(`../definitions/${path}`, import.meta.url), 'utf8'))
const schema = read('site-inspection/forms/inspection.form.json')
const sample = read('site-inspection/forms/inspection.sample.json')
const dictionaries = { 'construction-stage': ['基础', '主体结构', '装饰装修', '竣工收尾'] }
const invalid = { ...sample, projectCode: '2026-990102-47-01-000123', workersOnSite: '126', items: [...sample.items, { content: '脚手架', result: '不合格' }] }
const submissions = [sample, invalid]

async function measure(name: string, run: (data: object) => unknown): Promise<number> {
  for (let i = 0; i < 20; i++) await run(submissions[i % 2]) // warm-up
  let count = 0
  const started = performance.now()
  const until = started + SECONDS * 1000
  while (performance.now() < until) {
    for (let i = 0; i < 20; i++) await run(submissions[count++ % 2])
  }
  const perSecond = count / ((performance.now() - started) / 1000)
  console.log(`${name.padEnd(28)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} validations/s`)
  return perSecond
}

const form = compileForm(schema)
if (!form.validate(sample, { dictionaries }).ok || form.validate(invalid, { dictionaries }).ok) throw new Error('bench inputs are not what they claim')
const ours = await measure('compiled validator (ours)', (data) => form.validate(data, { dictionaries }))
const formily = await measure('formily in Node', (data) => validateWithFormily(schema, data, dictionaries))
console.log(`ratio ours / formily: ${(ours / formily).toFixed(0)}×`)
