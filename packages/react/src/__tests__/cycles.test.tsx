import { expectNoLeaks } from '@channelkit/test-utils/cycles'
import { test } from 'vitest'
import { liveServer } from './helpers'
import { strictModeCycles } from './strictModeCycles'

const live = liveServer()

// The short run; `pnpm soak` runs 10,000 cycles with the heap figure (cycles.soak.ts).
test('500 StrictMode mount/unmount cycles of every hook leave no channel, callback, timer or subscription behind', async () => {
  const figures = await strictModeCycles(live.server, { cycles: 500, warmup: 20 })
  expectNoLeaks(figures)
}, 60_000)
