import { afterAll, afterEach, beforeAll } from 'vitest'
import { registerTestServer } from './setupTestServer'
import { createTestServer, type TestServer, type TestServerOptions } from './testServer'

/**
 * A test server for this file, registered with Vitest's own hooks (no `globals: true` needed): started
 * in `beforeAll`, reset after each test, stopped in `afterAll`.
 */
export function setupTestServer(options?: TestServerOptions): TestServer {
  return registerTestServer(createTestServer(options), { beforeAll, afterEach, afterAll })
}
