import { createContext, useContext } from 'react'

/** What domain components need besides their field: the form they belong to. */
export interface FormInfo {
  formKey: string
  /** the form designer's preview: files stay in the page (the draft's form is not deployed, so the server would refuse them) */
  preview?: boolean
}

export const FormInfoContext = createContext<FormInfo>({ formKey: '' })

export const useFormInfo = () => useContext(FormInfoContext)
