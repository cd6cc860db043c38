import type { DevUser } from '@channelkit/server'

// The dev auth endpoint signs for whoever a client names: these are the users the tests name.
export const alice: DevUser = { id: 'alice', info: { name: 'Alice' } }
export const bob: DevUser = { id: 'bob', info: { name: 'Bob' } }
export const carol: DevUser = { id: 'carol', info: { name: 'Carol' } }
