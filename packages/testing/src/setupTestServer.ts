import { TestingError } from './TestingError'
import { createTestServer, type TestServer, type TestServerOptions } from './testServer'

type Hook = (fn: () => Promise<void>) => unknown

/** `beforeAll`, `afterEach` and `afterAll` of the test runner (Vitest's, Jest's, or any alike). */
export interface TestHooks {
  beforeAll: Hook
  afterEach: Hook
  afterAll: Hook
}

/** Registers `server`'s start, reset and stop with `hooks`; returns it. */
export function registerTestServer(server: TestServer, hooks: TestHooks): TestServer {
  hooks.beforeAll(() => server.start())
  hooks.afterEach(() => server.reset())
  hooks.afterAll(() => server.stop())
  return server
}

/**
 * A test server for this file (call it at the top of the file or of a `describe`): started in
 * `beforeAll`, reset after each test, stopped in `afterAll`, through the test runner's global hooks
 * (Jest; Vitest with `globals: true`). In Vitest without globals, import it from
 * `@channelkit/testing/vitest`.
 */
export function setupTestServer(options?: TestServerOptions): TestServer {
  const hooks = globalThis as Partial<TestHooks>
  if (
    typeof hooks.beforeAll !== 'function' ||
    typeof hooks.afterEach !== 'function' ||
    typeof hooks.afterAll !== 'function'
  ) {
    throw new TestingError(
      'no_test_hooks',
      "setupTestServer() registers its hooks through the test runner's globals (beforeAll, afterEach, afterAll), and there are none here. " +
        "In Vitest, import { setupTestServer } from '@channelkit/testing/vitest' (or set test.globals: true); " +
        'in any runner, createTestServer() and call start(), reset() and stop() from your own hooks.',
    )
  }
  return registerTestServer(createTestServer(options), hooks as TestHooks)
}
