import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'admin/definitions': ExtractProps<(typeof import('../../portal/ui/pages/admin/definitions.tsx'))['default']>
    'admin/dictionaries': ExtractProps<(typeof import('../../portal/ui/pages/admin/dictionaries.tsx'))['default']>
    'admin/draft': ExtractProps<(typeof import('../../portal/ui/pages/admin/draft.tsx'))['default']>
    'admin/form_designer': ExtractProps<(typeof import('../../portal/ui/pages/admin/form_designer.tsx'))['default']>
    'admin/roles': ExtractProps<(typeof import('../../portal/ui/pages/admin/roles.tsx'))['default']>
    'admin/template_editor': ExtractProps<(typeof import('../../portal/ui/pages/admin/template_editor.tsx'))['default']>
    'admin/user_roles': ExtractProps<(typeof import('../../portal/ui/pages/admin/user_roles.tsx'))['default']>
    'auth/login': ExtractProps<(typeof import('../../portal/ui/pages/auth/login.tsx'))['default']>
    'auth/password': ExtractProps<(typeof import('../../portal/ui/pages/auth/password.tsx'))['default']>
    'briefing/sign_in': ExtractProps<(typeof import('../../portal/ui/pages/briefing/sign_in.tsx'))['default']>
    'cases/index': ExtractProps<(typeof import('../../portal/ui/pages/cases/index.tsx'))['default']>
    'cases/show': ExtractProps<(typeof import('../../portal/ui/pages/cases/show.tsx'))['default']>
    'documents/index': ExtractProps<(typeof import('../../portal/ui/pages/documents/index.tsx'))['default']>
    'forms/fill': ExtractProps<(typeof import('../../portal/ui/pages/forms/fill.tsx'))['default']>
    'home': ExtractProps<(typeof import('../../portal/ui/pages/home.tsx'))['default']>
    'inbox/index': ExtractProps<(typeof import('../../portal/ui/pages/inbox/index.tsx'))['default']>
    'projects/index': ExtractProps<(typeof import('../../portal/ui/pages/projects/index.tsx'))['default']>
    'projects/show': ExtractProps<(typeof import('../../portal/ui/pages/projects/show.tsx'))['default']>
    'tasks/show': ExtractProps<(typeof import('../../portal/ui/pages/tasks/show.tsx'))['default']>
    'verify/show': ExtractProps<(typeof import('../../portal/ui/pages/verify/show.tsx'))['default']>
    'workspace/organization': ExtractProps<(typeof import('../../portal/ui/pages/workspace/organization.tsx'))['default']>
    'workspace/start_form': ExtractProps<(typeof import('../../portal/ui/pages/workspace/start_form.tsx'))['default']>
    'workspace/start': ExtractProps<(typeof import('../../portal/ui/pages/workspace/start.tsx'))['default']>
  }
}
