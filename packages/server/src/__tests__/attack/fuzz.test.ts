import { expect, test } from 'vitest'
import { formatReport, runAttack } from './attackRun'

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_123)

test('5,000 fuzzed frames and 1,000 fuzzed HTTP requests: no crash, answers per PROTOCOL.md, a good client keeps working', async () => {
  const report = await runAttack({ frames: 5000, requests: 1000, seed: SEED })
  console.log(formatReport(report))
  expect(report.crashes).toEqual([])
  expect(report.internalErrors).toEqual([])
  expect(report.frames.examples).toEqual([])
  expect(report.http.examples).toEqual([])
  expect(report.frames).toMatchObject({ frames: 5000, mismatches: 0 })
  expect(report.http).toMatchObject({ requests: 1000, mismatches: 0 })
  expect(report.webhooks.invalid).toBe(0)
  expect(report.midwayChecks).toBeGreaterThanOrEqual(10)
  // The run reached the rules of the README's "What the development server allows, and to whom".
  for (const status of ['403', '415', 'control 200', 'control 400', 'control 401', 'control 415']) {
    expect(report.http.statuses[status], status).toBeGreaterThan(0)
  }
}, 60_000)
