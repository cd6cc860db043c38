import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { root } from './paths'

/** A framework example (examples/<name>): how it builds, where its output is and how its server starts. */
export interface FrameworkApp {
  name: 'next-chat' | 'nuxt-chat'
  dir: string
  /** A file the build leaves, to reuse a build with CK_E2E_REUSE_BUILD=1. */
  output: string
  build: string[]
  /** The production server's command and environment, given its port and the local server's. */
  start(port: number, channelkitPort: number): { args: string[]; env: Record<string, string> }
}

const bin = (dir: string, pkg: string, path: string) =>
  join(dirname(createRequire(join(dir, 'package.json')).resolve(`${pkg}/package.json`)), path)

export const frameworkApps: Record<FrameworkApp['name'], FrameworkApp> = {
  'next-chat': (() => {
    const dir = join(root, 'examples/next-chat')
    const next = bin(dir, 'next', 'dist/bin/next')
    return {
      name: 'next-chat',
      dir,
      output: join(dir, '.next/BUILD_ID'),
      build: [next, 'build'],
      start: (port, channelkitPort) => ({
        args: [next, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
        env: { PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(channelkitPort) },
      }),
    }
  })(),
  'nuxt-chat': (() => {
    const dir = join(root, 'examples/nuxt-chat')
    return {
      name: 'nuxt-chat',
      dir,
      output: join(dir, '.output/server/index.mjs'),
      build: [bin(dir, 'nuxt', 'bin/nuxt.mjs'), 'build'],
      // Nuxt's runtime config from the environment: the same build, pointed at this run's local server.
      start: (port, channelkitPort) => ({
        args: [join(dir, '.output/server/index.mjs')],
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          NUXT_PUBLIC_CHANNELKIT_WS_HOST: '127.0.0.1',
          NUXT_PUBLIC_CHANNELKIT_WS_PORT: String(channelkitPort),
          NUXT_PUSHER_HOST: '127.0.0.1',
          NUXT_PUSHER_PORT: String(channelkitPort),
        },
      }),
    }
  })(),
}

const quiet = { NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' }

/** `next build` / `nuxi build`, once per run (CK_E2E_REUSE_BUILD=1 reuses an existing one). Returns seconds. */
export function buildApp(app: FrameworkApp): number {
  if (process.env.CK_E2E_REUSE_BUILD && existsSync(app.output)) return 0
  const start = performance.now()
  execFileSync(process.execPath, app.build, {
    cwd: app.dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...quiet, NODE_ENV: 'production' },
  })
  return (performance.now() - start) / 1000
}

/** A free TCP port on 127.0.0.1 (the app's origin must be known before the local server starts). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface RunningApp {
  url: string
  /** Everything the server printed, for failure messages. */
  output(): string
  close(): Promise<void>
}

/** Starts the built app's production server and waits until it answers. */
export async function startApp(app: FrameworkApp, channelkitPort: number, port: number): Promise<RunningApp> {
  const { args, env } = app.start(port, channelkitPort)
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: app.dir,
    env: { ...process.env, ...quiet, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${app.name} exited (${child.exitCode}):\n${output}`)
    if (Date.now() > deadline) throw new Error(`${app.name} did not answer on ${url} within 60 s:\n${output}`)
    const ok = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 100)) // polling a server that is starting up
  }
  return {
    url,
    output: () => output,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

export { root }
