import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** The seeded provincial quality station, the default issuer. */
const DEFAULT_ISSUER = '辽宁省建设工程质量监督站'

/**
 * Issues a document from the command line exactly as the document-render
 * worker does (number, render, sign, store), then writes the signed PDF.
 */
export default class DocumentsRender extends BaseCommand {
  static commandName = 'documents:render'
  static description = '按模板签发一份电子文书（编号、生成、签章、入库）并输出 PDF'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: '模板名，如 rectification-notice' })
  declare template: string

  @flags.string({ description: '文书数据：JSON 文本，或 @文件路径', required: true })
  declare data: string

  @flags.string({ description: '输出的 PDF 文件路径', required: true })
  declare out: string

  @flags.string({ description: '发文单位：组织 id、统一社会信用代码或全称（默认省质量监督站）' })
  declare issuer?: string

  async run() {
    const { readFile, writeFile } = await import('node:fs/promises')
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: env } = await import('#start/env')
    const { default: clock } = await import('#services/clock')
    const { documentRendering, issueDocument, issuedDocumentPdf, closeDocumentRenderer } = await import('#documents')

    const text = this.data.startsWith('@') ? await readFile(this.data.slice(1), 'utf8') : this.data
    const wanted = this.issuer ?? DEFAULT_ISSUER
    const issuer = await db
      .from('organizations')
      .where((q) => (/^\d+$/.test(wanted) ? q.where('id', Number(wanted)) : q.where('credit_code', wanted).orWhere('name', wanted)))
      .first()
    if (!issuer) {
      this.logger.error(`发文单位不存在：${wanted}`)
      this.exitCode = 1
      return
    }
    try {
      const document = await issueDocument(
        { templateKey: this.template, data: JSON.parse(text), issuerOrgId: issuer.id },
        { rendering: documentRendering(), verifyBaseUrl: env.get('APP_URL'), now: clock.now() }
      )
      await writeFile(this.out, (await issuedDocumentPdf(document.id))!)
      this.logger.success(`已签发 ${document.documentNumber}（${issuer.name}），id ${document.id}，写入 ${this.out}`)
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error))
      this.exitCode = 1
    } finally {
      await closeDocumentRenderer()
    }
  }
}
