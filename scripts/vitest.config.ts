import { defineProject } from 'vitest/config'

// The repository's own scripts (setup, the browser finder): Node only, no browser, no server.
export default defineProject({
  test: { name: 'scripts', environment: 'node', include: ['__tests__/**/*.test.ts'], testTimeout: 60_000 },
})
