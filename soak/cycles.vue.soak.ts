import { afterAll, beforeAll, expect, test } from 'vitest'
import { type LocalServer, startServer } from '../packages/server/src'
import { appCycles } from '../packages/vue/src/__tests__/appCycles'
import { expectNoLeaks, formatFigures } from './cycles'

const cycles = Number(process.env.SOAK_CYCLES ?? 10_000)
const warmup = Number(process.env.SOAK_WARMUP ?? 3000)

let server: LocalServer | undefined
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server?.close())

test(`Vue: ${cycles} app mount/unmount cycles of every composable, no leak and heap growth under 1 MB`, async () => {
  const figures = await appCycles(server!, { cycles, warmup })
  console.log(formatFigures('Vue 3.5', figures))
  expect(figures.heap, 'the heap is measured (node --expose-gc)').toBeDefined()
  expectNoLeaks(figures)
})
