import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { liveDomResolve, sourceConditions } from './vitest.shared'

// `pnpm soak`: the long runs (`*.soak.ts` beside the tests they lengthen), kept out of the test command.
const root = fileURLToPath(new URL('.', import.meta.url))
const testTimeout = 30 * 60_000

export default defineConfig({
  test: {
    projects: [
      {
        ...sourceConditions,
        root,
        test: {
          name: 'soak',
          environment: 'node',
          include: ['packages/*/src/**/*.soak.ts'],
          exclude: ['**/cycles.soak.ts'],
          testTimeout,
        },
      },
      {
        // React and Vue resolve pusher-js, ws and the server alike: either package can be the base.
        ...liveDomResolve(new URL('./packages/react/package.json', import.meta.url).href),
        root,
        test: {
          name: 'soak-cycles',
          environment: 'happy-dom',
          include: ['packages/*/src/**/cycles.soak.ts'],
          // A process per file, with global.gc() for the heap figure.
          pool: 'forks',
          execArgv: ['--expose-gc'],
          testTimeout,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
