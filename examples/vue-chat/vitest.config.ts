import vue from '@vitejs/plugin-vue'
import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export default defineProject({
  plugins: [vue()],
  // In this monorepo the ChannelKit packages resolve to their sources; an app of yours needs no such line.
  ...liveDomResolve(import.meta.url),
  test: { name: 'vue-chat', environment: 'happy-dom', testTimeout: 15_000, hookTimeout: 15_000 },
})
