#!/usr/bin/env node
// `pnpm build-storybook`: builds both static Storybooks (stories/react and stories/vue → storybook-static)
// and prints how long each took. The presentational stories need no server.
import { performance } from 'node:perf_hooks'
import { exited, storybook } from './storybook.mjs'

const start = performance.now()
for (const which of /** @type {const} */ (['react', 'vue'])) {
  const t0 = performance.now()
  await exited(storybook(which, ['build', '--quiet', '--output-dir', 'storybook-static']))
  console.log(`[build-storybook] ${which}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
console.log(`[build-storybook] total: ${((performance.now() - start) / 1000).toFixed(1)} s`)
