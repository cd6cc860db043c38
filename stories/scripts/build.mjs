#!/usr/bin/env node
// `pnpm build-storybook`: builds both static Storybooks (stories/react and stories/vue → storybook-static) and
// prints how long each took. The Vue one is copied into the React one's `vue/` folder and composed there
// (`refs` at the relative URL ./vue), so one static site serves both. The presentational stories need no
// server. A static build meant for a server started with a fixed control token (CHANNELKIT_CONTROL_TOKEN) gets
// that token too; otherwise the live stories take it at run time (`?ckControlToken=`).
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { exited, storiesDir, storybook } from './storybook.mjs'

const token = process.env.CHANNELKIT_CONTROL_TOKEN
const env = token ? { STORYBOOK_CHANNELKIT_CONTROL_TOKEN: token } : {}
const start = performance.now()
for (const which of /** @type {const} */ (['vue', 'react'])) {
  const t0 = performance.now()
  const extra = which === 'react' ? { STORYBOOK_VUE_URL: './vue' } : {}
  await exited(
    storybook(which, ['build', '--quiet', '--output-dir', 'storybook-static'], { ...env, ...extra }),
  )
  console.log(`[build-storybook] ${which}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
const composed = join(storiesDir, 'react', 'storybook-static', 'vue')
rmSync(composed, { recursive: true, force: true })
cpSync(join(storiesDir, 'vue', 'storybook-static'), composed, { recursive: true })
console.log(
  `[build-storybook] total: ${((performance.now() - start) / 1000).toFixed(1)} s (Vue composed into react/storybook-static/vue)`,
)
