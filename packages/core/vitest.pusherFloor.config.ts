import { defineProject } from 'vitest/config'
import { pusherFloor, sourceConditions } from '../../vitest.shared'

// Core's whole suite on the lowest pusher-js the peer range accepts (see vitest.shared.ts).
export default defineProject({
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    alias: [{ find: /^pusher-js$/, replacement: pusherFloor.file }],
  },
  test: { name: 'core-pusher-floor', environment: 'node', setupFiles: [pusherFloor.setupFile] },
})
