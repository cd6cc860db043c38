import { afterAll, beforeAll, expect, test } from 'vitest'
import { strictModeCycles } from '../packages/react/src/__tests__/strictModeCycles'
import { type LocalServer, startServer } from '../packages/server/src'
import { expectNoLeaks, formatFigures } from './cycles'

const cycles = Number(process.env.SOAK_CYCLES ?? 10_000)
const warmup = Number(process.env.SOAK_WARMUP ?? 3000)

let server: LocalServer | undefined
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server?.close())

test(`React StrictMode: ${cycles} mount/unmount cycles of every hook, no leak and heap growth under 1 MB`, async () => {
  const figures = await strictModeCycles(server!, { cycles, warmup })
  console.log(formatFigures('React 19, StrictMode', figures))
  expect(figures.heap, 'the heap is measured (node --expose-gc)').toBeDefined()
  expectNoLeaks(figures)
})
