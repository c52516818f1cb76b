import type { PropsWithChildren } from 'react'

/** Props every page receives from the Inertia middleware. */
export type SharedProps = {
  errors: Record<string, string | string[]>
  notice: string | null
  user: { id: number; username: string; fullName: string } | null
  /** the signed-in user's organisation; kind decides the government or the enterprise menu */
  organization: { id: number; name: string; kind: 'authority' | 'quality_station' | 'safety_station' | 'enterprise' } | null
  /** permission codes of the user's roles ("form:fill", "project:read" …) */
  permissions: string[]
}

export type PageProps<T = object> = PropsWithChildren<SharedProps & T>

/** The first message of a field's validation errors. */
export function firstError(errors: SharedProps['errors'], field: string): string | undefined {
  const value = errors?.[field]
  return Array.isArray(value) ? value[0] : value
}
