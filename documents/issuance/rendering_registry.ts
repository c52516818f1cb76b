import type { DocumentRendering } from './ports.js'

let configured: DocumentRendering | undefined

/**
 * The rendering issuance uses when a caller brings none (the worker, the
 * ace command, the portal). The application configures it once at boot
 * (start/documents.ts); tests may swap in a stand-in.
 */
export function useDocumentRendering(rendering: DocumentRendering | undefined): void {
  configured = rendering
}

export function documentRendering(): DocumentRendering {
  if (!configured) throw new Error('no document renderer is configured (start/documents.ts)')
  return configured
}
