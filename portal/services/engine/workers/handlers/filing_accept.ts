import { inTransaction } from '#database/transaction'
import { registerFiling, type AcceptedFiling } from '#services/cases/filing_registration'
import { BpmnError, type TopicHandler } from '../topic_handler.js'

/** The variables an accepted filing must carry; a model that reaches this task without them is misconfigured. */
const REQUIRED = ['caseId', 'caseNo', 'projectName', 'projectCode', 'regionCode', 'address', 'parties', 'supervisorIds', 'applicantOrgId'] as const

/**
 * `filing-accept`: after the station accepts a 项目报监 and assigns its
 * supervisors, registers the project with its parties and hands the notice
 * and plan their data. Missing data is the business error FILING_DATA_MISSING.
 */
const filingAccept: TopicHandler = async (task) => {
  const missing = REQUIRED.filter((name) => task.variables[name] === undefined || task.variables[name] === null)
  if (missing.length) throw new BpmnError('FILING_DATA_MISSING', `报监数据缺失：${missing.join('、')}`, { missingFields: missing })
  return inTransaction((trx) => registerFiling(task.variables as unknown as AcceptedFiling, trx))
}

export default filingAccept
