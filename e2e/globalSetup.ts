import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { requireBrowser } from './support/browser'
import { root, storybookStatic } from './support/paths'

/**
 * Builds the static Storybooks once for every e2e file (timed: the figure to report).
 * CK_E2E_REUSE_BUILD=1 reuses existing builds, for quick reruns while editing tests.
 */
export default function setup(): void {
  requireBrowser()
  const built =
    existsSync(join(storybookStatic('react'), 'index.json')) &&
    existsSync(join(storybookStatic('vue'), 'index.json'))
  if (process.env.CK_E2E_REUSE_BUILD && built) return
  const start = performance.now()
  execFileSync(process.execPath, [join(root, 'stories/scripts/build.mjs')], { stdio: 'inherit', cwd: root })
  console.log(`[e2e] static Storybooks built in ${((performance.now() - start) / 1000).toFixed(1)} s`)
}
