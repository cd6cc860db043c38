import { defineProject } from 'vitest/config'
import { liveDomResolve, pusherFloor } from '../../vitest.shared'
import { vueProject } from './vitest.config'

// Sign-in and the watchlist through the composables on the lowest pusher-js the peer range accepts.
export default defineProject({
  ...vueProject,
  ...liveDomResolve(import.meta.url, pusherFloor.file),
  test: {
    ...vueProject.test,
    name: 'vue-pusher-floor',
    include: ['src/**/useUser.test.ts'],
    setupFiles: [pusherFloor.setupFile, ...vueProject.test.setupFiles],
    provide: { vueMinor: '3.5' },
  },
})
