import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineProject } from 'vitest/config'
import { vueProject } from './vitest.config'

// The same suite on Vue 3.3 (`vue33` is npm:vue@3.3.8). Vite's aliases reach ESM imports; the CommonJS
// requires inside @testing-library/vue, @vue/test-utils and @vue/server-renderer go through src/__tests__/vue33.setup.ts.
const vueDir = dirname(createRequire(import.meta.url).resolve('vue33/package.json'))

export default defineProject({
  ...vueProject,
  resolve: {
    ...vueProject.resolve,
    alias: [
      ...vueProject.resolve.alias,
      { find: /^vue$/, replacement: `${vueDir}/index.mjs` },
      { find: /^vue\/server-renderer$/, replacement: `${vueDir}/server-renderer/index.mjs` },
    ],
  },
  test: {
    ...vueProject.test,
    name: 'vue33',
    setupFiles: ['src/__tests__/vue33.setup.ts', ...vueProject.test.setupFiles],
    provide: { vueMinor: '3.3' },
  },
})
