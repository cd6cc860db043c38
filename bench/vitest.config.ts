import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The tiny bench takes well under 30 s; building stale packages first can take longer.
    testTimeout: 240_000,
  },
})
