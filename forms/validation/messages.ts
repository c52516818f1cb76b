/**
 * Validation messages. FORMILY_ZH is copied from @formily/validator's `zh`
 * locale (2.3.7) so our messages equal the browser's; the differential test
 * checks that they still do. ZHIAN_ZH adds our formats and extra rules.
 */
export const FORMILY_ZH: Readonly<Record<string, string>> = {
  pattern: '该字段不是一个合法的字段',
  required: '该字段是必填字段',
  number: '该字段不是合法的数字',
  integer: '该字段不是合法的整型数字',
  url: '该字段不是合法的url',
  email: '该字段不是合法的邮箱格式',
  idcard: '该字段不是合法的身份证格式',
  phone: '该字段不是有效的手机号',
  zh: '该字段不是合法的中文字符串',
  date: '该字段不是合法的日期格式',
  zip: '该字段不是合法的邮编格式',
  minLength: '长度或条目数不能小于{{minLength}}',
  minItems: '长度或条目数不能小于{{minItems}}',
  maxLength: '长度或条目数不能大于{{maxLength}}',
  maxItems: '长度或条目数不能大于{{maxItems}}',
  maximum: '数值不能大于{{maximum}}',
  minimum: '数值不能小于{{minimum}}',
}

/** Zhian's own formats and extra rules; registered into formily's zh locale for the browser too. */
export const ZHIAN_ZH: Readonly<Record<string, string>> = {
  uscc: '该字段不是合法的统一社会信用代码',
  zhmobile: '该字段不是有效的手机号码',
  projectcode: '该字段不是合法的项目代码',
  idnumber: '该字段不是合法的身份证号码',
  zhianEnum: '该字段的值不在可选项中',
  readonly: '该字段只读，不能修改',
}

/** The Zhian type rule's message for each value kind. */
export const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  string: '该字段应为文本',
  number: '该字段应为数字',
  boolean: '该字段应为是或否',
  object: '该字段应为对象',
  rows: '该字段应为表格行的列表',
  strings: '该字段应为文本列表',
  numbers: '该字段应为数字列表',
  attachments: '该字段应为附件列表',
  location: '该字段应为经纬度',
}
