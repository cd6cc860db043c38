import { createRequire } from 'node:module'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

const require = createRequire(import.meta.url)
// happy-dom's browser conditions would pick pusher-js's browser build; the Node build brings its own
// WebSocket and XHR. The local server (imported from source) needs the real `ws`, not its browser stub.
const pusherNode = require.resolve('pusher-js/dist/node/pusher.js')
const wsNode = createRequire(require.resolve('@channelkit/server/package.json')).resolve('ws')

export const vueProject = {
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    alias: [
      { find: /^pusher-js$/, replacement: pusherNode },
      { find: /^ws$/, replacement: wsNode },
    ],
  },
  test: {
    environment: 'happy-dom',
    // every file cleans up after each test (test/setup.ts), so files can share loaded modules
    isolate: false,
    setupFiles: ['test/setup.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
}

export default defineProject({
  ...vueProject,
  test: { ...vueProject.test, name: 'vue', provide: { vueMinor: '3.5' } },
})
