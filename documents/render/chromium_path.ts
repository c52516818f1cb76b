import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/**
 * Debian's Chromium: CHROMIUM_PATH, else `chromium` or `chromium-browser` on
 * PATH. Never a downloaded browser; a missing one is an error that says so.
 */
export function systemChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here; keep looking
      }
    }
  }
  throw new Error('找不到 Chromium：请安装 Debian 的 chromium 软件包，或设置 CHROMIUM_PATH')
}
