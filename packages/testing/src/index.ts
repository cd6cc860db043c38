export type { Frame, SimulatedMember, TriggerOptions } from '@channelkit/server'
export { channelOf, type FrameFilter, type FrameMatcher } from './frames'
export { registerTestServer, setupTestServer, type TestHooks } from './setupTestServer'
export { TestingError, type TestingErrorCode } from './TestingError'
export {
  createTestServer,
  type KitOptions,
  type TestServer,
  type TestServerOptions,
  type TestUser,
  testUser,
  type WaitOptions,
} from './testServer'
