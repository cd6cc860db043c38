import { expectNoLeaks } from '@channelkit/test-utils/cycles'
import { test } from 'vitest'
import { appCycles } from './appCycles'
import { server } from './helpers'

// The short run; `pnpm soak` runs 10,000 cycles with the heap figure (cycles.soak.ts).
test('500 app mount/unmount cycles of every composable leave no channel, callback, timer or subscription behind', async () => {
  const figures = await appCycles(await server(), { cycles: 500, warmup: 20 })
  expectNoLeaks(figures)
}, 60_000)
