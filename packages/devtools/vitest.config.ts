import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export default defineProject({
  ...liveDomResolve(import.meta.url),
  test: {
    name: 'devtools',
    environment: 'happy-dom',
    setupFiles: ['./src/__tests__/setup.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
})
