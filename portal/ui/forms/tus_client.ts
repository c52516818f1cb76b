import * as tus from 'tus-js-client'

/** A finished upload as the server recorded it (GET /api/uploads/:id serves it). */
export interface UploadedFile {
  id: string
  name: string
  mime: string
  size: number
  sha256: string
}

export interface UploadHandlers {
  onProgress(sent: number, total: number, bytesPerSecond: number): void
  onSuccess(file: UploadedFile): void
  onError(message: string): void
}

/** A running upload the UI can pause (the server keeps what it has) and resume from the server's offset. */
export interface RunningUpload {
  pause(): Promise<void>
  resume(): void
}

/** Shield's CSRF token for the portal session, as Inertia sends it. */
function xsrfToken(): string {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='))
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : ''
}

/** The server's Chinese reason from a refusal body `{ code, message }`, else a generic one. */
function reasonOf(error: Error | tus.DetailedError): string {
  const body = 'originalResponse' in error ? error.originalResponse?.getBody() : undefined
  try {
    const parsed = body ? (JSON.parse(body) as { message?: string }) : null
    if (parsed?.message) return parsed.message
  } catch {
    // not JSON: a proxy or network error page
  }
  return '上传失败，请检查网络后点“继续”重试'
}

/**
 * Uploads `file` for one form field over tus in 256 KiB chunks: a dropped
 * connection loses at most one chunk, and a resume asks the server where it
 * stopped (HEAD) before sending the rest. The rate is smoothed over time.
 */
export function startUpload(file: File, target: { formKey: string; fieldPath: string }, handlers: UploadHandlers): RunningUpload {
  let last = { at: performance.now(), sent: 0 }
  let rate = 0
  const upload = new tus.Upload(file, {
    endpoint: '/api/uploads/tus',
    chunkSize: 256 * 1024,
    retryDelays: [0, 1000, 3000, 5000],
    metadata: { filename: file.name, filetype: file.type, formKey: target.formKey, fieldPath: target.fieldPath },
    headers: { 'X-XSRF-TOKEN': xsrfToken() },
    // a refusal (4xx other than a lock conflict) will not get better by retrying
    onShouldRetry: (error) => {
      const status = error.originalResponse?.getStatus() ?? 0
      return status === 0 || status === 423 || status >= 500
    },
    onProgress(sent, total) {
      const now = performance.now()
      const seconds = (now - last.at) / 1000
      if (seconds >= 0.2) {
        const current = (sent - last.sent) / seconds
        rate = rate ? rate * 0.6 + current * 0.4 : current
        last = { at: now, sent }
      }
      handlers.onProgress(sent, total, rate)
    },
    onSuccess({ lastResponse }) {
      try {
        handlers.onSuccess(JSON.parse(lastResponse.getBody()) as UploadedFile)
      } catch {
        handlers.onError('上传已完成，但服务器未返回文件信息，请重新上传')
      }
    },
    onError: (error) => handlers.onError(reasonOf(error)),
  })
  upload.start()
  return {
    pause: () => upload.abort(false),
    resume() {
      last = { at: performance.now(), sent: last.sent }
      rate = 0
      upload.start()
    },
  }
}

/** "1.2 MB", "350 KB" */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}
