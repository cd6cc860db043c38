import { defineProject } from 'vitest/config'
import { liveDomResolve } from '../../vitest.shared'

export const vueProject = {
  ...liveDomResolve(import.meta.url),
  test: {
    environment: 'happy-dom',
    // every file cleans up after each test (src/__tests__/setup.ts), so files can share loaded modules
    isolate: false,
    setupFiles: ['src/__tests__/setup.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
}

export default defineProject({
  ...vueProject,
  test: { ...vueProject.test, name: 'vue', provide: { vueMinor: '3.5' } },
})
