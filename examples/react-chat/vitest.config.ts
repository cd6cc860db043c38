import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export default defineProject({
  plugins: [react()],
  // In this monorepo the ChannelKit packages resolve to their sources; an app of yours needs no such line.
  ...liveDomResolve(import.meta.url),
  test: { name: 'react-chat', environment: 'happy-dom', testTimeout: 15_000, hookTimeout: 15_000 },
})
