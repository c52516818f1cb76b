/*
| Issuance renders with the official-document templates shipped in
| definitions/ and docs-render's pooled Chromium (started on first use).
*/
import app from '@adonisjs/core/services/app'
import { chromiumRendering, closeDocumentRenderer, useDocumentRendering } from '#documents'

useDocumentRendering(chromiumRendering(app.makePath('definitions/official-documents/documents')))
app.terminating(() => closeDocumentRenderer())
