import { Agent, request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import fc from 'fast-check'
import type { LocalServer } from '../..'
import type { Mismatch } from './frameFuzz'
import { type GarbageSpec, type HttpSpec, httpSpec } from './httpArbitrary'
import { checkResponseBody, expectedResponse } from './httpOracle'
import { type BuiltRequest, buildRequest } from './httpRequest'
import { safeParse } from './protocolRules'

export interface HttpFuzzReport {
  requests: number
  garbage: number
  statuses: Record<string, number>
  mismatches: number
  examples: Mismatch[]
}

export interface HttpFuzzOptions {
  server: LocalServer
  count: number
  seed: number
  concurrency?: number
  checkpoint?: (label: string) => Promise<void>
  checkpointEvery?: number
  signal?: AbortSignal
}

const CHUNK = 500
const MAX_EXAMPLES = 20
const TIMEOUT_MS = 10_000

interface Answer {
  status: number
  contentType: string | undefined
  allowOrigin: string | undefined
  grants: string[]
  text: string
}

function send(server: LocalServer, agent: Agent, built: BuiltRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        agent,
        method: built.method,
        path: built.query ? `${built.path}?${built.query}` : built.path,
        setHost: built.headers.host !== null,
        headers: {
          ...Object.fromEntries(
            Object.entries(built.headers).filter(([, value]) => typeof value === 'string'),
          ),
          ...(built.body ? { 'content-length': built.body.length } : {}),
        },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            allowOrigin: res.headers['access-control-allow-origin'],
            grants: ['access-control-allow-credentials', 'access-control-allow-private-network'].filter(
              (name) => res.headers[name] !== undefined,
            ),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end(built.body)
  })
}

/** Writes raw bytes to a TCP socket; resolves with the status line the server answered, if any. */
function sendGarbage(server: LocalServer, bytes: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error(`no close within ${TIMEOUT_MS} ms`)))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? undefined : reject(error),
    )
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'))
      resolve(status ? Number(status[1]) : undefined)
    })
    socket.end(bytes, 'latin1')
  })
}

/** Sends `count` generated HTTP requests (seeded) and checks statuses and bodies against PROTOCOL.md §5. */
export async function fuzzHttp(options: HttpFuzzOptions): Promise<HttpFuzzReport> {
  const { server, count, seed, concurrency = 4, checkpoint, signal } = options
  const checkpointEvery = options.checkpointEvery ?? Math.max(1, Math.floor(count / 10))
  const report: HttpFuzzReport = { requests: 0, garbage: 0, statuses: {}, mismatches: 0, examples: [] }
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const { id: appId, key, secret } = server.app
  const controlToken = server.control?.token ?? ''
  const mismatch = (problem: string, input: unknown, got: unknown) => {
    report.mismatches += 1
    if (report.examples.length < MAX_EXAMPLES) {
      report.examples.push({
        index: report.requests,
        problem,
        input: JSON.stringify(input).slice(0, 400),
        got: JSON.stringify(got).slice(0, 400),
      })
    }
  }
  const tally = (label: string) => {
    report.statuses[label] = (report.statuses[label] ?? 0) + 1
  }

  const garbage = async (spec: GarbageSpec) => {
    report.garbage += 1
    const status = await sendGarbage(server, spec.bytes.replaceAll('{id}', appId))
    tally(`raw ${status ?? 'closed'}`)
    if (status !== undefined && status >= 500 && status !== 505)
      mismatch(`raw request got ${status}`, spec, status)
  }

  const one = async (spec: HttpSpec) => {
    const nowSeconds = Math.floor(Date.now() / 1000)
    const built = buildRequest(spec, { appId, key, secret, nowSeconds, port: server.port, controlToken })
    const expectation = expectedResponse(built, appId)
    const summary = {
      method: built.method,
      path: built.path,
      query: built.query,
      sign: spec.sign,
      headers: built.headers,
      body: spec.body,
    }
    const answer = await send(server, agent, built).catch((error: Error) => {
      throw new Error(`${error.message} for ${JSON.stringify(summary).slice(0, 400)}`)
    })
    tally(expectation.endpoint === 'control' ? `control ${answer.status}` : String(answer.status))
    if (!expectation.statuses.includes(answer.status)) {
      return mismatch(
        `expected ${expectation.statuses.join('/')}, got ${answer.status}`,
        summary,
        answer.text,
      )
    }
    // CORS only for the allowed origins that were answered; never for the refused ones or for no browser.
    const origin = built.headers.origin
    const wantedOrigin =
      expectation.endpoint === 'refused' || expectation.endpoint === 'parser' ? undefined : origin
    if (answer.allowOrigin !== wantedOrigin) {
      return mismatch(
        `Access-Control-Allow-Origin ${answer.allowOrigin} for origin ${origin}`,
        summary,
        answer,
      )
    }
    if (wantedOrigin === undefined && answer.grants.length > 0) {
      return mismatch(`${answer.grants.join(', ')} granted without an allowed origin`, summary, answer)
    }
    if (answer.status === 204 || built.method === 'HEAD' || expectation.endpoint === 'parser') return
    const body = safeParse(answer.text)
    if (answer.contentType !== 'application/json' || !body.ok) {
      return mismatch('response is not application/json', summary, answer)
    }
    const problem = checkResponseBody(expectation, answer.status, body.value)
    if (problem) mismatch(problem, summary, answer.text)
  }

  try {
    for (let chunk = 0; report.requests < count && !signal?.aborted; chunk++) {
      const specs = fc.sample(httpSpec, {
        seed: seed + chunk,
        numRuns: Math.min(CHUNK, count - report.requests),
      })
      for (let i = 0; i < specs.length && !signal?.aborted; i += concurrency) {
        await Promise.all(
          specs
            .slice(i, i + concurrency)
            .map((spec) => (spec.type === 'garbage' ? garbage(spec) : one(spec))),
        )
        const before = report.requests
        report.requests += Math.min(concurrency, specs.length - i)
        const crossed = Math.floor(report.requests / checkpointEvery) > Math.floor(before / checkpointEvery)
        if (checkpoint && crossed && report.requests < count)
          await checkpoint(`after ${report.requests} requests`)
      }
    }
  } finally {
    agent.destroy()
  }
  return report
}
