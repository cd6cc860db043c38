import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'nuxt',
    environment: 'node',
    // Nuxt loads and builds the fixture app: the build takes most of a minute on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
