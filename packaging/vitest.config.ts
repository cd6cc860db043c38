import { defineConfig } from 'vitest/config'

// `pnpm test:packaging`: what users install, from packed tarballs, in throwaway apps outside the workspace.
// Not part of the root config: it needs built packages, and its installs and builds want the cores to
// themselves (the test command runs it after the unit tests).
export default defineConfig({
  test: {
    name: 'packaging',
    include: ['*.test.ts'],
    environment: 'node',
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Installs wait on the disk and the network more than on a core: three apps at a time keep 2 cores busy.
    maxConcurrency: 3,
  },
})
