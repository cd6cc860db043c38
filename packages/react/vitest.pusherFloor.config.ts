import { defineProject } from 'vitest/config'
import { liveDomResolve, pusherFloor } from '../../vitest.shared'
import react from './vitest.config'

// Sign-in and the watchlist through the hooks on the lowest pusher-js the peer range accepts.
export default defineProject({
  ...liveDomResolve(import.meta.url, pusherFloor.file),
  test: {
    ...react.test,
    name: 'react-pusher-floor',
    include: ['src/**/useUser.test.tsx'],
    setupFiles: [pusherFloor.setupFile],
  },
})
