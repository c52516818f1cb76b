import { connect, mapProps } from '@formily/react'
import { ArrayTable, Checkbox, DatePicker, FormGrid, FormItem, FormLayout, Input, NumberPicker, Radio, Select, Switch, TimePicker } from '@formily/antd-v5'
import { CreditCodeInput, IdNumberInput, LocationPicker, MobileInput } from './domain/inputs'
import { DictionarySelect, OrganizationPicker, ProjectPicker, UserPicker } from './domain/remote_selects'
import { SignaturePad } from './domain/SignaturePad'
import { FormSection } from './FormSection'
import { withDictionaryOptions } from './domain/dictionary_options'
import { TusUpload } from './domain/TusUpload'

/** Anything not editable (read-only, disabled, read-pretty) shows files and signatures without controls. */
const readOnlyUnlessEditable = mapProps((props, field) => ({ ...props, readOnly: 'pattern' in field && field.pattern !== 'editable' }))

/** Shared by both component maps: they upload and draw the same way on a phone. */
export const domainComponents = {
  Upload: connect(TusUpload, readOnlyUnlessEditable),
  SignaturePad: connect(SignaturePad, readOnlyUnlessEditable),
}

/** The PC component map: @formily/antd-v5 plus Zhian's domain components, for the restricted dialect (forms/schema/dialect.ts). */
export const pcComponents = {
  FormItem,
  FormGrid,
  FormLayout,
  FormSection,
  Input,
  NumberPicker,
  // options from `enum`, or from a 数据字典 named in `x-data-source`
  Select: withDictionaryOptions(Select),
  Radio: Object.assign(withDictionaryOptions(Radio), { Group: withDictionaryOptions(Radio.Group) }),
  Checkbox: Object.assign(withDictionaryOptions(Checkbox), { Group: withDictionaryOptions(Checkbox.Group) }),
  Switch,
  DatePicker,
  TimePicker,
  ArrayTable,
  CreditCodeInput,
  IdNumberInput,
  MobileInput,
  LocationPicker,
  ProjectPicker,
  OrganizationPicker,
  UserPicker,
  DictionarySelect,
  ...domainComponents,
}
