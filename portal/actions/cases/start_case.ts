import { DateTime } from 'luxon'
import { fromVariableDtos, startInstance } from '#engine'
import clock from '#services/clock'
import Organization from '#models/organization'
import ProcessCase from '#models/process_case'
import CaseAction from '#models/case_action'
import type User from '#models/user'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import type { Access } from '#services/access/access'
import { formRegistry } from '#services/forms/form_registry'
import { checkForm } from '#services/forms/form_validation'
import { maskValue, sensitivePaths } from '#services/forms/sensitive_fields'
import { processMetadata } from '#services/definitions/process_metadata'
import { roleCodesOf, startableDefinition } from '#services/definitions/startable_definitions'
import { caseHandler } from '#services/cases/case_handler'
import { formInvalid } from '#exceptions/forms'
import { ProcessNotStartableError, ProcessSuspendedError } from '#exceptions/cases'
import { storeSubmitted } from '#actions/forms/store_submission'

export interface StartCaseInput {
  key: string
  value: Record<string, unknown>
  draftId?: number
}

interface Caller {
  user: User
  access: Access
  actor: AuditActor
}

export interface StartedCase {
  caseId: number
  caseNo: string
  processInstanceId: string
}

/** 办件编号: the definition's prefix, the day, the row id (unique without a counter to contend on). */
function caseNumber(prefix: string, id: number): string {
  return `${prefix}${DateTime.fromJSDate(clock.now()).setZone('Asia/Shanghai').toFormat('yyyyMMdd')}${String(id).padStart(6, '0')}`
}

/**
 * 发起办理: checks the start form against the latest version the caller's
 * roles may start, then, in one transaction, stores the submission, starts the
 * instance (which runs to its first wait state), and files the case with its
 * handling body and timeline. A refusal (422 at the field, 404 for a process
 * the caller may not start) leaves nothing behind.
 */
export async function startCase(input: StartCaseInput, caller: Caller): Promise<StartedCase> {
  return inTransaction(async (trx) => {
    const definition = await startableDefinition(input.key, await roleCodesOf(caller.user.id, trx), trx)
    if (!definition) throw new ProcessNotStartableError(input.key)
    if (definition.isSuspended) throw new ProcessSuspendedError(definition.name)
    const metadata = await processMetadata(definition.definitionId, definition.key, async () => (await trx.from('engine_process_definitions').where('id', definition.definitionId).select('xml').firstOrFail()).xml)
    const form = await formRegistry.forDefinition(definition.definitionId, definition.startFormKey, trx)

    const check = await checkForm(form.schema, input.value, { access: caller.access, rules: {}, client: trx })
    if (!check.ok) throw formInvalid(check.errors)

    const applicant = await Organization.findOrFail(caller.user.organizationId, { client: trx })
    const handler = await caseHandler(metadata.properties, check.value, applicant, trx)
    const titleField = metadata.properties['zhian:title']
    const subject = titleField ? String(check.value[titleField] ?? '').trim() : ''
    const processCase = await ProcessCase.create(
      {
        processInstanceId: `pending-${caller.user.id}-${Date.now()}`,
        definitionKey: definition.key,
        definitionId: definition.definitionId,
        caseNo: `pending-${caller.user.id}-${Date.now()}`,
        title: subject ? `${metadata.name}：${subject}` : metadata.name,
        projectId: handler.projectId,
        applicantOrganizationId: caller.user.organizationId,
        startedBy: caller.user.id,
        handlingOrganizationId: handler.handlingOrganizationId,
        scopePath: handler.scopePath,
      },
      { client: trx }
    )
    processCase.caseNo = caseNumber(metadata.properties['zhian:casePrefix'] ?? 'ZA', processCase.id)

    // process variables carry ID numbers masked: the full number stays encrypted in the submission
    const variables = {
      ...(maskValue(check.value, sensitivePaths(form.schema)) as Record<string, unknown>),
      applicant: caller.user.username,
      applicantName: caller.user.fullName,
      applicantOrgId: caller.user.organizationId,
      applicantOrgName: applicant.name,
      caseId: processCase.id,
      caseNo: processCase.caseNo,
      appliedOn: DateTime.fromJSDate(clock.now()).setZone('Asia/Shanghai').toISODate(),
      ...(handler.handlingOrganizationId ? { issuerOrgId: handler.handlingOrganizationId } : {}),
      ...(handler.projectId ? { projectId: handler.projectId } : {}),
    }
    const dtos = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]))
    // the instance's tenant is the case's jurisdiction: the inbox finds its tasks by it (engine_task_links)
    const started = await appEngine().execute(startInstance, { definitionId: definition.definitionId, businessKey: processCase.caseNo, variables: fromVariableDtos(dtos), tenantId: handler.scopePath }, { trx: trx.knexClient })
    processCase.processInstanceId = started.id
    await processCase.useTransaction(trx).save()

    await storeSubmitted({ form, value: check.value, draftId: input.draftId, taskId: null, taskKey: null, processInstanceId: started.id, projectId: handler.projectId }, caller.user.id, trx)

    await CaseAction.create({ caseId: processCase.id, action: 'start', userId: caller.user.id, taskName: metadata.name }, { client: trx })
    await recordAudit(caller.actor, { action: 'case.start', outcome: 'success', targetType: 'process_case', targetId: processCase.id, detail: { key: definition.key, caseNo: processCase.caseNo, processInstanceId: started.id } }, trx)
    return { caseId: processCase.id, caseNo: processCase.caseNo, processInstanceId: started.id }
  })
}
