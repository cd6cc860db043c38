import fc from 'fast-check'
import type { LocalServer } from '../..'
import { type FrameSpec, frameSpec } from './frameArbitrary'
import { apply, check, expected, type Received, type SocketState } from './frameOracle'
import { renderFrame, text, type Wire } from './frameRender'
import { FuzzSocket } from './fuzzSocket'
import { expectedHandshake } from './handshakeOracle'
import { isObject, safeParse } from './protocolRules'

export interface Mismatch {
  index: number
  problem: string
  input: string
  got: string
}

export interface FrameFuzzReport {
  frames: number
  handshakes: number
  reconnects: number
  outcomes: Record<string, number>
  mismatches: number
  examples: Mismatch[]
}

export interface FrameFuzzOptions {
  server: LocalServer
  count: number
  seed: number
  /** Runs every `checkpointEvery` frames: the well-behaved client's check. */
  checkpoint?: (label: string) => Promise<void>
  checkpointEvery?: number
  /** Stops the run early (a crash elsewhere). */
  signal?: AbortSignal
}

const CHUNK = 500
const MAX_EXAMPLES = 20
const QUERY = '?protocol=7&client=js&version=8.6.0&flash=false'

const short = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 300 ? `${json.slice(0, 300)}… (${json.length} chars)` : json
}

/** Polls until the server has dropped the closed connection, so the next one starts from a clean slate. */
async function settle(server: LocalServer, count: number): Promise<void> {
  const deadline = Date.now() + 5000
  while (server.connectionCount() > count) {
    if (Date.now() > deadline) throw new Error('the server kept a closed connection for 5 s')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

function establishedSocketId(message: Received | undefined): string | undefined {
  if (message?.event !== 'pusher:connection_established' || typeof message.data !== 'string') return undefined
  const data = safeParse(message.data)
  if (!data.ok || !isObject(data.value)) return undefined
  const { socket_id: socketId, activity_timeout: timeout } = data.value
  const valid = typeof socketId === 'string' && /^\d+\.\d+$/.test(socketId) && typeof timeout === 'number'
  return valid && timeout > 0 ? socketId : undefined
}

/** Sends `count` generated frames (seeded, so a run can be replayed) and checks each answer against PROTOCOL.md. */
export async function fuzzFrames(options: FrameFuzzOptions): Promise<FrameFuzzReport> {
  const { server, count, seed, checkpoint, signal } = options
  const checkpointEvery = options.checkpointEvery ?? Math.max(1, Math.floor(count / 10))
  const { key, secret } = server.app
  const base = `ws://127.0.0.1:${server.port}`
  const baseline = server.connectionCount()
  const report: FrameFuzzReport = {
    frames: 0,
    handshakes: 0,
    reconnects: 0,
    outcomes: {},
    mismatches: 0,
    examples: [],
  }
  const mismatch = (problem: string, input: unknown, got: unknown) => {
    report.mismatches += 1
    if (report.examples.length < MAX_EXAMPLES) {
      report.examples.push({ index: report.frames, problem, input: short(input), got: short(got) })
    }
  }
  const tally = (outcome: string) => {
    report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1
  }

  let socket: FuzzSocket
  let state: SocketState
  const open = async () => {
    socket = FuzzSocket.connect(`${base}/app/${key}${QUERY}`)
    const socketId = establishedSocketId(await socket.first())
    if (!socketId) throw new Error('the fuzzing connection was not established')
    state = { socketId, subscribed: new Map() }
  }
  await open()

  const handshake = async (spec: Extract<FrameSpec, { type: 'handshake' }>) => {
    report.handshakes += 1
    const url = new URL(`${base}${spec.path}`)
    const code = expectedHandshake(url, key)
    const probe = FuzzSocket.connect(url.href)
    const first = await probe.first()
    if (code === null) {
      if (!establishedSocketId(first))
        mismatch('expected pusher:connection_established', spec, probe.messages)
      await probe.close()
      await settle(server, baseline + 1)
    } else {
      await probe.waitFor(() => probe.closeCode !== undefined)
      const data = first?.data as { code?: unknown; message?: unknown } | undefined
      const ok =
        probe.closeCode === code &&
        probe.messages.length === 1 &&
        first?.event === 'pusher:error' &&
        data?.code === code &&
        typeof data.message === 'string'
      if (!ok) mismatch(`expected pusher:error then close ${code}`, spec, [probe.messages, probe.closeCode])
    }
    tally(code === null ? 'handshake ok' : `handshake ${code}`)
  }

  const frame = async (spec: FrameSpec) => {
    const wire: Wire =
      spec.type === 'frame'
        ? renderFrame(spec.base, spec.mutation, { socketId: state.socketId, key, secret })
        : text(`{"event":"pusher:ping","data":"${'x'.repeat(spec.type === 'oversize' ? spec.bytes : 0)}"}`)
    const expectation = expected(wire, state, { key, secret })
    const answer = await socket.exchange(wire)
    if (!answer) {
      mismatch('no answer within 5 s: the server is unresponsive', spec, socket.messages.slice(-5))
      throw new Error(`frame ${report.frames}: the server stopped answering`)
    }
    const problem = check(expectation, answer.messages, answer.closeCode)
    const limited = answer.messages.some((m) => (m.data as { code?: unknown } | undefined)?.code === 4301)
    tally(
      limited ? 'clientEvent 4301' : expectation.kind + ('code' in expectation ? ` ${expectation.code}` : ''),
    )
    if (problem) mismatch(problem, { spec, expected: expectation }, answer)
    else apply(expectation, state)
    if (answer.closeCode !== undefined) {
      report.reconnects += 1
      await settle(server, baseline)
      await open()
    }
  }

  for (let chunk = 0; report.frames < count && !signal?.aborted; chunk++) {
    const specs = fc.sample(frameSpec, {
      seed: seed + chunk,
      numRuns: Math.min(CHUNK, count - report.frames),
    })
    for (const spec of specs) {
      if (signal?.aborted) break
      if (spec.type === 'handshake') await handshake(spec)
      else await frame(spec)
      report.frames += 1
      if (checkpoint && report.frames % checkpointEvery === 0 && report.frames < count) {
        await checkpoint(`after ${report.frames} frames`)
      }
    }
  }
  await socket!.close()
  return report
}
