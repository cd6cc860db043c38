import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../vitest.shared'

// e2e/ is a plain folder: its few dependencies come from the stories package.
const fromStories = createRequire(new URL('../stories/package.json', import.meta.url))
const dependency = (name: string) => ({
  find: new RegExp(`^${name}$`),
  replacement: fromStories.resolve(name),
})

export default defineProject({
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    alias: [
      dependency('playwright-core'),
      dependency('pusher'),
      dependency('pusher-js'),
      dependency('pngjs'),
      dependency('pixelmatch'),
      {
        find: /^@channelkit\/server$/,
        replacement: fileURLToPath(new URL('../packages/server/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The suites share 2 cores with the builds they drive: one file at a time.
    fileParallelism: false,
  },
})
