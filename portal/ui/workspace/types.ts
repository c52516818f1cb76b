/** The shapes the workspace services hand to the pages. */

export interface Paged<T> {
  meta: { total: number; perPage: number; currentPage: number; lastPage: number }
  data: T[]
}

export interface CaseRow {
  id: number
  caseNo: string
  title: string
  processInstanceId: string
  definitionKey: string
  processName: string
  status: 'running' | 'ended'
  projectId: number | null
  projectName: string | null
  applicantName: string
  handlingName: string | null
  createdAt: string
  currentSteps: string[]
}

export interface OpenTask {
  taskId: string
  name: string
  processInstanceId: string
  holders: string[]
  dueAt: string | null
  overdue: boolean
  isMine: boolean
}

export interface DocumentItem {
  id: string
  documentNumber: string
  title: string
  organizationName: string
  projectId: number | null
  projectName: string | null
  caseId: number | null
  caseNo: string | null
  issuedAt: string
  revoked: boolean
}
