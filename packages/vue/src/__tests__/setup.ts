import { afterEach } from 'vitest'
import { runCleanups } from './helpers'

// A setup file runs for every test file, also when modules are shared between files (isolate: false).
afterEach(runCleanups)
