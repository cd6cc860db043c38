import { fork } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { benchDir } from './benchDir'
import { tableLines } from './format'
import { evaluateTargets } from './targets'
import type { MeasureResult, Row } from './types'

const { values } = parseArgs({
  options: {
    tiny: { type: 'boolean', default: process.env.BENCH_TINY === '1' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
})
const mode = values.tiny ? 'tiny' : 'full'
// Only a full run of every measure replaces the committed results; tiny or partial runs write where told.
const outDir = values.out ?? (values.tiny || values.only ? undefined : benchDir)

/** Profiler commits and StrictMode's double effects exist only in React's development build. */
const plan = [
  { name: 'bundle', env: 'production' },
  { name: 'renders', env: 'development' },
  { name: 'wire', env: 'development' },
  { name: 'delivery', env: 'production' },
  { name: 'heap', env: 'production' },
  { name: 'roster', env: 'production' },
  { name: 'server', env: 'production' },
].filter((m) => !values.only || values.only.split(',').includes(m.name))

/** The README shows the latest full run between its results markers. */
function refreshReadme(table: string): void {
  const path = join(benchDir, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const start = '<!-- results:start -->'
  const end = '<!-- results:end -->'
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to < from) return
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${table}${readme.slice(to)}`)
}

type Reply = { ok: true; result: MeasureResult } | { ok: false; error: string }

function runMeasure(name: string, env: string): Promise<MeasureResult> {
  const limitMs = (mode === 'tiny' ? 60 : 300) * 1000
  return new Promise((resolve, reject) => {
    const child = fork(join(benchDir, 'dist', 'child.mjs'), [name, mode], {
      execArgv: ['--expose-gc'],
      env: { ...process.env, NODE_ENV: env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let reply: Reply | undefined
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${name} did not finish within ${limitMs / 1000} s`))
    }, limitMs)
    child.on('message', (message) => {
      reply = message as Reply
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (reply?.ok) resolve(reply.result)
      else reject(new Error(reply?.error ?? `${name} exited with code ${code} before reporting`))
    })
  })
}

const started = Date.now()
const rows: Row[] = []
const notes: string[] = []
const failures: { measure: string; error: string }[] = []
for (const { name, env } of plan) {
  const t0 = Date.now()
  process.stderr.write(`[bench] ${name} (${mode})…`)
  try {
    const result = await runMeasure(name, env)
    rows.push(...result.rows)
    notes.push(...result.notes)
    process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    failures.push({ measure: name, error: message })
    process.stderr.write(` FAILED\n${message}\n`)
  }
}
const targets = evaluateTargets(rows)
const durationMs = Date.now() - started
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${process.platform}`
const generatedAt = new Date().toISOString()
notes.push(
  'Timings (ns/event, ms, triggers/s) come from a shared 2-core machine where other work may run at the same time: they are noisy; counts and sizes are exact.',
)

const targetLines = targets.map(
  (t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.text}: ${t.actual}${t.why ? `\n      why: ${t.why}` : ''}`,
)
console.log(
  `\nChannelKit bench (${mode}) — ${generatedAt}, ${machine}, ${(durationMs / 1000).toFixed(0)} s\n`,
)
console.log(tableLines(rows, false).join('\n'))
console.log(`\nTargets\n${targetLines.join('\n')}`)
console.log(`\nNotes\n${notes.map((n) => `- ${n}`).join('\n')}`)
for (const failure of failures) console.log(`\nFAILED ${failure.measure}: ${failure.error}`)

if (outDir) {
  mkdirSync(outDir, { recursive: true })
  const json = { generatedAt, mode, machine, durationMs, rows, targets, notes, failures }
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`)
  const md = [
    `Run \`pnpm bench\` (${mode}) on ${generatedAt.slice(0, 10)}: ${machine}, ${(durationMs / 1000).toFixed(0)} s.`,
    '',
    ...tableLines(rows, true),
    '',
    '**Targets**',
    '',
    ...targets.map(
      (t) => `- ${t.pass ? '✅ PASS' : '❌ MISS'} ${t.text}: ${t.actual}${t.why ? ` — ${t.why}` : ''}`,
    ),
    '',
    '**Notes**',
    '',
    ...notes.map((n) => `- ${n}`),
    ...failures.map((f) => `- **FAILED ${f.measure}**: ${f.error.split('\n')[0]}`),
    '',
  ]
  writeFileSync(join(outDir, 'results.md'), md.join('\n'))
  if (outDir === benchDir) refreshReadme(md.join('\n'))
  console.log(`\nWrote ${join(outDir, 'results.json')} and results.md`)
}
process.exitCode = failures.length > 0 ? 1 : 0
