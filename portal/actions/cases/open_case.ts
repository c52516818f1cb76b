import type { Reader } from '#services/forms/form_reads'
import { caseDetail, type CaseDetail } from '#services/cases/case_detail'
import { markCopiesRead } from '#services/inbox/copy_receipts'

/** 办件详情 as its reader opens it: 404 outside their scope; a copy of the case to them (抄送) is read from now on. */
export async function openCase(caseId: number, reader: Reader): Promise<CaseDetail> {
  const detail = await caseDetail(caseId, reader)
  await markCopiesRead(caseId, reader.user.id)
  return detail
}
