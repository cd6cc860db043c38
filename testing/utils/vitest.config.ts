import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

// The fixture's own tests (Node, real server); the packages' suites are its wider proof.
export default defineProject({
  ...sourceConditions,
  test: { name: 'test-utils', environment: 'node', include: ['src/**/*.test.ts'] },
})
