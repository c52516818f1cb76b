/*
| Issuance renders a process instance's documents with the templates
| deployed with its definition (read from the engine's deployments at each
| issuance, so a deployment needs no restart), any other with the shared
| library shipped in definitions/; docs-render's pooled Chromium is started
| on first use.
*/
import app from '@adonisjs/core/services/app'
import { chromiumRendering, closeDocumentRenderer, useDocumentRendering } from '#documents'
import { deployedTemplate } from '#services/documents/deployed_templates'

useDocumentRendering(chromiumRendering(app.makePath('definitions/official-documents/documents'), { deployed: deployedTemplate }))
app.terminating(() => closeDocumentRenderer())
