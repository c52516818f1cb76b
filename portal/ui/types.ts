import type { PropsWithChildren } from 'react'

/** Props every page receives from the Inertia middleware. */
export interface SharedProps {
  errors: Record<string, string | string[]>
  notice: string | null
  user: { id: number; username: string; fullName: string } | null
}

export type PageProps<T = object> = PropsWithChildren<SharedProps & T>

/** The first message of a field's validation errors. */
export function firstError(errors: SharedProps['errors'], field: string): string | undefined {
  const value = errors?.[field]
  return Array.isArray(value) ? value[0] : value
}
