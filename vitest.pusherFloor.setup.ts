// Setup file of the `*-pusher-floor` projects: fails every file unless `pusher-js` is the floor build, so a
// floor project can never pass on the newer pusher-js the other projects use.
import { createRequire } from 'node:module'
import Pusher from 'pusher-js'
import { pusherFloor } from './vitest.shared'

if (Pusher !== createRequire(import.meta.url)(pusherFloor.file)) {
  throw new Error(`pusher-js is not the floor build (${pusherFloor.version}, ${pusherFloor.file})`)
}
