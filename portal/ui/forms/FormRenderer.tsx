import { useMemo } from 'react'
import { createSchemaField, FormProvider } from '@formily/react'
import type { Form } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { FormLayout } from '@formily/antd-v5'
import { List } from 'antd-mobile'
import { FormInfoContext } from './form_context'
import { mobileComponents } from './mobile_components'
import { pcComponents } from './pc_components'
import './setup'

const PcField = createSchemaField({ components: pcComponents })
const MobileField = createSchemaField({ components: mobileComponents as never })

export interface FormRendererProps {
  form: Form
  schema: ISchema
  formKey: string
  /** phones get the antd-mobile map; the schema is the same */
  mobile?: boolean
  /** the designer's preview: attachments and signatures are kept in the page, not uploaded */
  preview?: boolean
}

/**
 * Renders a form schema of the restricted dialect. Read-only and print views
 * are the same renderer with the form's pattern set to readPretty.
 */
export function FormRenderer({ form, schema, formKey, mobile, preview }: FormRendererProps) {
  const info = useMemo(() => ({ formKey, preview }), [formKey, preview])
  return (
    <FormInfoContext.Provider value={info}>
      <FormProvider form={form}>
        {mobile ? (
          <List data-testid="form-mobile">
            <MobileField schema={schema} />
          </List>
        ) : (
          <div data-testid="form-pc">
            <FormLayout layout="vertical">
              <PcField schema={schema} />
            </FormLayout>
          </div>
        )}
      </FormProvider>
    </FormInfoContext.Provider>
  )
}
