import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export default defineProject({
  ...liveDomResolve(import.meta.url),
  test: {
    name: 'react',
    env: { REACT_MAJOR: '19' },
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    // Files start their own servers and clean up after themselves: one worker can run them in turn.
    isolate: false,
  },
})
