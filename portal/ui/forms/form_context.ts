import { createContext, useContext } from 'react'

/** What domain components need besides their field: the form they belong to. */
export interface FormInfo {
  formKey: string
}

export const FormInfoContext = createContext<FormInfo>({ formKey: '' })

export const useFormInfo = () => useContext(FormInfoContext)
