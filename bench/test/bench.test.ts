import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Row, Subject, Target } from '../src/types'

const benchDir = dirname(dirname(fileURLToPath(import.meta.url)))
const out = mkdtempSync(join(tmpdir(), 'channelkit-bench-'))

interface Results {
  mode: string
  rows: Row[]
  targets: Target[]
  failures: { measure: string; error: string }[]
}

/** `pnpm bench --tiny`, as a user runs it, writing to a temporary directory. */
function runTinyBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(benchDir, 'run.mjs'), '--tiny', '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

let results: Results
let run: { code: number | null; output: string }
const byId = () => new Map(results.rows.map((row) => [row.id, row]))
const value = (id: string, subject: Subject = 'channelkit') => byId().get(id)?.cells[subject]?.value

beforeAll(async () => {
  run = await runTinyBench()
  results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results
}, 240_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('pnpm bench --tiny', () => {
  it('runs every measure, prints the table and writes results.json and results.md', () => {
    expect(run.code, run.output).toBe(0)
    expect(run.output).toContain('Targets')
    expect(results.mode).toBe('tiny')
    expect(results.failures).toEqual([])
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| Measure | ChannelKit | use-pusher |')
    expect(new Set(results.rows.map((row) => row.measure))).toEqual(
      new Set(['bundle', 'renders', 'wire', 'delivery', 'heap', 'roster', 'server']),
    )
  })

  it("bundles every library's app entry and every ChannelKit package", () => {
    for (const subject of ['channelkit', 'usePusher', 'echo'] as const) {
      expect(value('bundle.app.react', subject)).toBeGreaterThan(0)
    }
    for (const subject of ['channelkit', 'echo'] as const)
      expect(value('bundle.app.vue', subject)).toBeGreaterThan(0)
    for (const id of ['core', 'react', 'vue']) expect(value(`bundle.pkg.${id}`)).toBeGreaterThan(0)
    // The devtools panel exists in development builds and is (almost) nothing in production ones.
    for (const stack of ['react', 'vue']) {
      expect(value(`bundle.devtools.${stack}.development`)).toBeGreaterThan(
        10 * (value(`bundle.devtools.${stack}.production`) ?? Number.POSITIVE_INFINITY),
      )
    }
  })

  it('counts commits: ChannelKit re-renders only the count display', () => {
    expect(value('renders.count')).toBe(20)
    expect(value('renders.member')).toBe(0)
    expect(value('renders.sibling')).toBe(0)
    expect(value('renders.count', 'usePusher')).toBe(20)
    expect(value('renders.member', 'usePusher')).toBeGreaterThan(0)
  })

  it('counts frames: one subscription for many components, none on a quick remount', () => {
    for (const stack of ['react', 'vue']) {
      expect(value(`wire.${stack}.mount.subscribe`)).toBe(1)
      expect(value(`wire.${stack}.remount.subscribe`)).toBe(0)
      expect(value(`wire.${stack}.remount.unsubscribe`)).toBe(0)
      expect(value(`wire.${stack}.unmount.unsubscribe`)).toBe(1)
      expect(value(`wire.${stack}.mount.subscribe`, 'echo')).toBeGreaterThanOrEqual(1)
    }
    expect(value('wire.react.mount.subscribe', 'usePusher')).toBeGreaterThanOrEqual(1)
  })

  it('times delivery, heap and the server (numbers only: timings are never asserted)', () => {
    for (const subject of ['channelkit', 'echo', 'baseline'] as const) {
      expect(Number.isFinite(value('delivery.react', subject))).toBe(true)
      expect(Number.isFinite(value('delivery.vue', subject))).toBe(true)
      expect(Number.isFinite(value('heap.subscription', subject))).toBe(true)
    }
    expect(value('server.connections')).toBe(200)
    expect(Number.isFinite(value('server.fanout'))).toBe(true)
    expect(Number.isFinite(value('server.fanout', 'baseline'))).toBe(true)
    expect(value('server.triggers')).toBeGreaterThan(0)
  })

  it('judges every target, and the count targets pass', () => {
    expect(results.targets.map((t) => t.id)).toEqual([
      'bundle.pkg.react.size',
      'bundle.app.react.size',
      'bundle.app.react.redesign',
      'bundle.app.react.peers',
      'bundle.pkg.vue.size',
      'bundle.app.vue.size',
      'bundle.app.vue.redesign',
      'bundle.app.vue.peers',
      'bundle.devtools.react.production',
      'bundle.devtools.vue.production',
      'renders.unaffected',
      'wire.react.mount',
      'wire.react.remount',
      'wire.vue.mount',
      'wire.vue.remount',
      'delivery.react',
      'delivery.vue',
      'heap.subscription',
      'roster.burst',
      'server.fanout',
    ])
    // Sizes and counts do not depend on the machine: these must pass even in the tiny run.
    for (const id of [
      'bundle.pkg.react.size',
      'bundle.pkg.vue.size',
      'bundle.devtools.react.production',
      'bundle.devtools.vue.production',
      'renders.unaffected',
      'wire.react.mount',
      'wire.react.remount',
      'wire.vue.mount',
      'wire.vue.remount',
    ]) {
      expect(results.targets.find((t) => t.id === id)?.pass, id).toBe(true)
    }
  })
})
