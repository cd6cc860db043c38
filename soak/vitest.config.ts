import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { sourceConditions } from '../vitest.shared'

// `pnpm soak`: the long runs, kept out of the test command.
export default defineConfig({
  ...sourceConditions,
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'soak',
    environment: 'node',
    include: ['soak/**/*.soak.ts'],
    testTimeout: 30 * 60_000,
  },
})
