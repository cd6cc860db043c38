import { createRequire } from 'node:module'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

const require = createRequire(import.meta.url)
const serverRequire = createRequire(require.resolve('@channelkit/server/package.json'))

export default defineProject({
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    // happy-dom would pick the browser builds: pusher-js's Node build has a WebSocket and XHR for Node,
    // and the local server (which tests start in-process) needs the real `ws`.
    alias: [
      { find: /^pusher-js$/, replacement: require.resolve('pusher-js') },
      { find: /^ws$/, replacement: serverRequire.resolve('ws') },
    ],
  },
  test: {
    name: 'react',
    env: { REACT_MAJOR: '19' },
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    // Files start their own servers and clean up after themselves: one worker can run them in turn.
    isolate: false,
  },
})
