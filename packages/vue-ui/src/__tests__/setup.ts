import { cleanup } from '@testing-library/vue'
import { afterEach } from 'vitest'

// Testing Library only cleans up by itself when vitest globals are on.
afterEach(cleanup)
