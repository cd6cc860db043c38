import { defineConfig } from 'vitest/config'

// `pnpm test:unit`: everything that needs no browser and no packed tarballs. The browser tests (e2e/) and the
// packaging test (packaging/) are configs of their own, run by `pnpm test:e2e` and `pnpm test:packaging`.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'packages/react/vitest.react18.config.ts',
      'packages/vue/vitest.vue33.config.ts',
      'packages/core/vitest.pusherFloor.config.ts',
      'packages/react/vitest.pusherFloor.config.ts',
      'packages/vue/vitest.pusherFloor.config.ts',
      'testing/utils',
      'examples/react-chat',
      'examples/vue-chat',
      'bench',
      'scripts',
    ],
  },
})
