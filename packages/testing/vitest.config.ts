import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export default defineProject({
  ...liveDomResolve(import.meta.url),
  test: {
    name: 'testing',
    environment: 'happy-dom',
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
})
