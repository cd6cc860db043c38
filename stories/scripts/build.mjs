#!/usr/bin/env node
// `pnpm build-storybook`: builds both static Storybooks (stories/react and stories/vue → storybook-static)
// and prints how long each took. The presentational stories need no server. A static build meant for a
// server started with a fixed control token (CHANNELKIT_CONTROL_TOKEN) gets that token too; otherwise the
// live stories take it at run time (`?ckControlToken=`).
import { performance } from 'node:perf_hooks'
import { exited, storybook } from './storybook.mjs'

const token = process.env.CHANNELKIT_CONTROL_TOKEN
const env = token ? { STORYBOOK_CHANNELKIT_CONTROL_TOKEN: token } : {}
const start = performance.now()
for (const which of /** @type {const} */ (['react', 'vue'])) {
  const t0 = performance.now()
  await exited(storybook(which, ['build', '--quiet', '--output-dir', 'storybook-static'], env))
  console.log(`[build-storybook] ${which}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
console.log(`[build-storybook] total: ${((performance.now() - start) / 1000).toFixed(1)} s`)
