import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type LocalServer, startServer } from '../..'
import { type FrameFuzzReport, fuzzFrames } from './frameFuzz'
import { goodClients } from './goodClients'
import { fuzzHttp, type HttpFuzzReport } from './httpFuzz'

export interface AttackOptions {
  frames: number
  requests: number
  seed: number
}

export interface AttackReport {
  seed: number
  frames: FrameFuzzReport
  http: HttpFuzzReport
  /** Uncaught exceptions and unhandled rejections while the server was under attack. */
  crashes: string[]
  /** What the server logged as an error (a 500, a handler that threw). */
  internalErrors: string[]
  webhooks: { received: number; invalid: number }
  goodClientChecks: number
  midwayChecks: number
  seconds: number
}

/** A webhook target that checks every delivery with the official SDK. */
async function webhookReceiver(server: () => LocalServer | undefined) {
  const stats = { received: 0, invalid: 0 }
  const http = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      stats.received += 1
      const sdk = server()?.pusher()
      const valid = sdk
        ?.webhook({ headers: request.headers, rawBody: Buffer.concat(chunks).toString() })
        .isValid()
      if (!valid) stats.invalid += 1
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hooks`,
    stats,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  }
}

/**
 * Starts a server with webhooks, connects two well-behaved pusher-js clients, then fuzzes frames and HTTP
 * requests at the same time, checking the good clients every 10% of each run and at the end.
 */
export async function runAttack({ frames, requests, seed }: AttackOptions): Promise<AttackReport> {
  const started = performance.now()
  const crashes: string[] = []
  const internalErrors: string[] = []
  const stop = new AbortController()
  const onCrash = (error: unknown) => {
    crashes.push(error instanceof Error ? (error.stack ?? error.message) : String(error))
    stop.abort()
  }
  process.on('uncaughtException', onCrash)
  process.on('unhandledRejection', onCrash)
  let server: LocalServer | undefined
  const hooks = await webhookReceiver(() => server)
  let good: Awaited<ReturnType<typeof goodClients>> | undefined
  try {
    server = await startServer({
      webhooks: [{ url: hooks.url }],
      // The HTTP fuzz attacks the control endpoint too (with and without its token).
      control: true,
      logger: { info() {}, warn() {}, error: (message) => internalErrors.push(message) },
    })
    const s = server
    good = await goodClients(s)
    const clients = good
    await clients.check('before the attack')
    // Checks from both fuzzers run one at a time.
    let queue = Promise.resolve()
    let midwayChecks = 0
    const checkpoint = (label: string) => {
      queue = queue.then(async () => {
        await clients.check(label)
        midwayChecks += 1
      })
      return queue
    }
    // The first failure stops both runs, so a crash is reported at once.
    const abortOnFailure = <T>(run: Promise<T>) =>
      run.catch((error: unknown) => {
        stop.abort()
        throw error
      })
    const { signal } = stop
    const [frameRun, httpRun] = await Promise.allSettled([
      abortOnFailure(fuzzFrames({ server: s, count: frames, seed, checkpoint, signal })),
      abortOnFailure(fuzzHttp({ server: s, count: requests, seed, checkpoint, signal })),
    ])
    if (frameRun.status === 'rejected' || httpRun.status === 'rejected') {
      const reason =
        frameRun.status === 'rejected' ? frameRun.reason : (httpRun as PromiseRejectedResult).reason
      const crashed = crashes.length ? `\n${crashes.length} crash(es), the first:\n${crashes[0]}` : ''
      throw new Error(`${reason instanceof Error ? reason.message : String(reason)}${crashed}`)
    }
    const [frameReport, httpReport] = [frameRun.value, httpRun.value]
    if (crashes.length === 0) await clients.check('after the attack')
    return {
      seed,
      frames: frameReport,
      http: httpReport,
      crashes,
      internalErrors,
      webhooks: hooks.stats,
      goodClientChecks: clients.checks,
      midwayChecks,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    good?.close()
    await server?.close()
    await hooks.close()
    process.off('uncaughtException', onCrash)
    process.off('unhandledRejection', onCrash)
  }
}

export function formatReport(r: AttackReport): string {
  const outcomes = Object.entries(r.frames.outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')
  const statuses = Object.entries(r.http.statuses)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')
  return [
    `[attack] seed ${r.seed}, ${r.seconds.toFixed(1)} s`,
    `[attack] frames fuzzed: ${r.frames.frames} (handshakes ${r.frames.handshakes}, reconnects ${r.frames.reconnects}), mismatches ${r.frames.mismatches}`,
    `[attack]   outcomes: ${outcomes}`,
    `[attack] HTTP requests fuzzed: ${r.http.requests} (raw TCP ${r.http.garbage}), mismatches ${r.http.mismatches}`,
    `[attack]   statuses: ${statuses}`,
    `[attack] webhooks received ${r.webhooks.received}, invalid ${r.webhooks.invalid}`,
    `[attack] well-behaved client checks passed: ${r.goodClientChecks} (${r.midwayChecks} mid-way)`,
    `[attack] crashes: ${r.crashes.length}, internal errors: ${r.internalErrors.length}`,
  ].join('\n')
}
