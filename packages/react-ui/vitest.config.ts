import { createRequire } from 'node:module'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

const require = createRequire(import.meta.url)

export default defineProject({
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    // happy-dom's browser conditions would pick pusher-js's browser build; the Node build brings its own
    // WebSocket. The local server (imported from source) needs the real `ws`, not its browser stub.
    alias: [
      { find: /^pusher-js$/, replacement: require.resolve('pusher-js/dist/node/pusher.js') },
      {
        find: /^ws$/,
        replacement: createRequire(require.resolve('@channelkit/server/package.json')).resolve('ws'),
      },
    ],
  },
  test: {
    name: 'react-ui',
    environment: 'happy-dom',
    setupFiles: ['./src/__tests__/setup.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
})
