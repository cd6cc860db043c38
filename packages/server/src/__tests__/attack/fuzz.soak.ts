import { expect, test } from 'vitest'
import { formatReport, runAttack } from './attackRun'

const frames = Number(process.env.SOAK_FRAMES ?? 100_000)
const requests = Number(process.env.SOAK_REQUESTS ?? 10_000)
const seed = Number(process.env.FUZZ_SEED ?? 20_251_123)

test(`local server under attack: ${frames} fuzzed frames and ${requests} fuzzed HTTP requests`, async () => {
  const report = await runAttack({ frames, requests, seed })
  console.log(formatReport(report))
  expect(report.crashes).toEqual([])
  expect(report.internalErrors).toEqual([])
  expect(report.frames.examples).toEqual([])
  expect(report.http.examples).toEqual([])
  expect(report.frames).toMatchObject({ frames, mismatches: 0 })
  expect(report.http).toMatchObject({ requests, mismatches: 0 })
  expect(report.webhooks.invalid).toBe(0)
  expect(report.midwayChecks).toBeGreaterThanOrEqual(10)
  // The run reached the rules of the README's "What the development server allows, and to whom".
  for (const status of ['403', '415', 'control 200', 'control 400', 'control 401', 'control 415']) {
    expect(report.http.statuses[status], status).toBeGreaterThan(0)
  }
})
