/**
 * formily itself, run in Node as the browser runs it: fields mounted from the
 * schema the way @formily/react's RecursionField and ArrayTable mount them
 * (one set of fields per submitted row, the Column level skipped), zh-CN
 * messages. It is the oracle of the differential test and the baseline of
 * bench/forms.ts — never a production path (≈40 validations/s, evaluates {{ }}).
 * Zhian's two extra rules (type, enum) are added as formily validators.
 */
import { createForm, type Form } from '@formily/core'
import { Schema, type ISchema } from '@formily/json-schema'
import { installFormilyRules } from './install_rules.js'
import { compileSchema } from '../schema/compile_schema.js'
import { TYPE_MESSAGES, ZHIAN_ZH } from '../validation/messages.js'
import type { FieldNode } from '../schema/nodes.js'

/** One failed field: formily's dotted data path and its messages. */
export interface ReferenceError {
  readonly path: string
  readonly messages: ReadonlyArray<string>
}

interface Mount {
  readonly form: Form
  readonly extras: Map<string, FieldNode>
  readonly dictionaries: Readonly<Record<string, ReadonlyArray<string>>>
}

function patterns(nodes: ReadonlyArray<FieldNode>, into = new Map<string, FieldNode>()): Map<string, FieldNode> {
  for (const node of nodes) {
    into.set(node.pattern, node)
    if (node.children) patterns(node.children, into)
  }
  return into
}

/** The documented extra rules, as formily validator descriptions. */
function addExtraRules(mount: Mount, field: any): void {
  const node = mount.extras.get(String(field.path).replace(/\.\d+\./g, '.*.'))
  if (!node) return
  const extra: object[] = [{ zhianType: node.kind, message: TYPE_MESSAGES[node.kind] }]
  const allowed = node.enumValues ?? (node.dictionary ? mount.dictionaries[node.dictionary] : undefined)
  if (allowed) extra.push({ zhianEnum: allowed, message: ZHIAN_ZH.zhianEnum })
  const current = field.validator === undefined ? [] : Array.isArray(field.validator) ? field.validator : [field.validator]
  field.validator = [...current, ...extra]
}

function mountNode(mount: Mount, schema: Schema, name: string | number, basePath: any): void {
  const props: any = { ...schema.toFieldProps(), name, basePath }
  const { form } = mount
  if (schema.type === 'void') return mountProperties(mount, schema, form.createVoidField(props).address)
  if (schema.type === 'object') {
    const field = form.createObjectField(props)
    addExtraRules(mount, field)
    return mountProperties(mount, schema, field.address)
  }
  if (schema.type === 'array') {
    const field = form.createArrayField(props)
    addExtraRules(mount, field)
    if (schema['x-component'] === 'ArrayTable') mountRows(mount, schema, field)
    return
  }
  addExtraRules(mount, form.createField(props))
}

function mountProperties(mount: Mount, schema: Schema, base: any): void {
  for (const { schema: child, key } of Schema.getOrderProperties(schema)) mountNode(mount, child, key, base)
}

/** ArrayTable renders each row with RecursionField onlyRenderProperties: rows are not fields, columns are skipped. */
function mountRows(mount: Mount, schema: Schema, field: any): void {
  const items = schema.items as Schema
  const rows = Array.isArray(field.value) ? field.value.length : 0
  for (let i = 0; i < rows; i++) {
    for (const { schema: column, key } of Schema.getOrderProperties(items)) {
      if (column.type === 'void') mountProperties(mount, column, field.address.concat(i))
      else mountNode(mount, column, key, field.address.concat(i))
    }
  }
}

/** Validates `data` with formily; resolves to the failed fields (empty when valid). */
export async function validateWithFormily(
  json: object,
  data: unknown,
  dictionaries: Readonly<Record<string, ReadonlyArray<string>>> = {}
): Promise<ReferenceError[]> {
  installFormilyRules()
  const form = createForm({ values: structuredClone(data ?? {}) as object })
  const mount: Mount = { form, extras: patterns(compileSchema(json)), dictionaries }
  mountProperties(mount, new Schema(json as ISchema), undefined)
  try {
    await form.validate()
    return []
  } catch (feedbacks) {
    if (!Array.isArray(feedbacks)) throw feedbacks
    return feedbacks.map((feedback: any) => ({ path: String(feedback.path), messages: feedback.messages }))
  } finally {
    // unmounting disposes the fields' reactions; without it they stay reachable and the heap grows per form
    form.onUnmount()
  }
}
