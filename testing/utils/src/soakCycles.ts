import { type LocalServer, startServer } from '@channelkit/server'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type CycleFigures, expectNoLeaks, formatFigures } from './cycles'

type Drive = (server: LocalServer, options: { cycles: number; warmup: number }) => Promise<CycleFigures>

/**
 * One soak file: a local server, `SOAK_CYCLES` (default 10,000) cycles after `SOAK_WARMUP` (3,000), the
 * figures printed, no leak and heap growth under 1 MB. Each framework runs in its own file, so in its own
 * process: the heap of one never counts against the other.
 */
export function soakCycles(framework: string, title: (cycles: number) => string, drive: Drive): void {
  const cycles = Number(process.env.SOAK_CYCLES ?? 10_000)
  const warmup = Number(process.env.SOAK_WARMUP ?? 3000)
  let server: LocalServer | undefined
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterAll(() => server?.close())

  test(title(cycles), async () => {
    const figures = await drive(server!, { cycles, warmup })
    console.log(formatFigures(framework, figures))
    expect(figures.heap, 'the heap is measured (node --expose-gc)').toBeDefined()
    expectNoLeaks(figures)
  })
}
