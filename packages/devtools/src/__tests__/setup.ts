import { cleanup as cleanupReact } from '@testing-library/react'
import { cleanup as cleanupVue } from '@testing-library/vue'
import { afterEach } from 'vitest'

// Testing Library only cleans up by itself when vitest globals are on.
afterEach(() => {
  cleanupReact()
  cleanupVue()
})
