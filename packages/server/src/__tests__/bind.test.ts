import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_APP, ServerConfigError, startServer } from '..'
import { http, server } from './helpers'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(packageDir, 'bin/channelkit-server.js')
const children: ChildProcess[] = []

/** The bin runs dist/: build it when a source file is newer (CI has built it already). */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
      ),
    )
  let built = 0
  try {
    built = statSync(join(packageDir, 'dist/cli.js')).mtimeMs
  } catch {}
  if (built < newest(join(packageDir, 'src'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' })
  }
}

interface Run {
  child: ChildProcess
  output(): string
  exited: Promise<number | null>
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

beforeAll(ensureBuilt, 120_000)
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
})

const lanAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && a.family === 'IPv4')
    .map((a) => a?.address as string)

describe('listening beyond loopback', () => {
  test('startServer refuses the published secret on 0.0.0.0 and on a LAN address', async () => {
    for (const host of ['0.0.0.0', '::', ...lanAddresses()]) {
      const error = await startServer({ host, port: 0 }).catch((e: unknown) => e)
      expect(error, host).toBeInstanceOf(ServerConfigError)
      expect((error as Error).message).toMatch(
        /^Refusing to listen on .* with the published development secret/,
      )
      expect((error as Error).message).toContain('--secret')
    }
  })

  test('with its own secret it listens; dev auth is off unless asked for; Origin rules still hold', async () => {
    const apps = [{ ...DEFAULT_APP, secret: 'a-secret-of-my-own' }]
    const s = await server({ host: '0.0.0.0', port: 0, apps })
    const auth = (port: number, headers: Record<string, string> = {}) =>
      http(port, {
        method: 'POST',
        path: '/pusher/auth',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'socket_id=1.1&channel_name=private-x&user_id=ceo',
      })
    const off = await auth(s.port)
    expect(off.status).toBe(403)
    expect(off.json()).toEqual({ error: expect.stringMatching(/^The dev auth endpoint is off/), code: 403 })
    const on = await server({ host: '0.0.0.0', port: 0, apps, devAuth: true })
    // Reached by a LAN name: no loopback Host rule on a LAN bind.
    expect((await auth(on.port, { host: `192.0.2.10:${on.port}` })).status).toBe(200)
    expect((await auth(on.port, { origin: 'https://evil.example' })).status).toBe(403)
  })

  test('the CLI exits with the reason instead of listening with the published secret', async () => {
    const refused = run(['--host', '0.0.0.0', '--port', '0'])
    expect(await refused.exited).toBe(2)
    expect(refused.output()).toMatch(
      /^Refusing to listen on 0\.0\.0\.0 with the published development secret/,
    )
    expect(refused.output()).toContain('--secret')
  })

  test('the CLI on 0.0.0.0 prints the addresses other machines use, not 127.0.0.1 first', async () => {
    const lan = lanAddresses()
    const started = run(['--host', '0.0.0.0', '--port', '0', '--secret', 'a-secret-of-my-own'])
    await expect.poll(() => started.output(), { timeout: 10_000 }).toContain('pusher-js:')
    const output = started.output()
    const port = Number(/ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1])
    for (const address of lan) expect(output).toContain(`ws://${address}:${port}/app/channelkit-key`)
    expect(output).toContain(`ws://127.0.0.1:${port}/app/channelkit-key`)
    expect(output).toContain(`wsHost: '${lan[0] ?? '127.0.0.1'}'`)
    expect(output).toContain('dev auth    off')
    expect(output).not.toContain('channelkit-secret')
  })

  test('the CLI on loopback: 127.0.0.1, dev auth on, the control token and a per-run master key', async () => {
    const started = run(['--port', '0', '--control', '--allowed-origin', 'http://localhost:3000'], {
      CHANNELKIT_ENCRYPTION_MASTER_KEY: '',
    })
    await expect.poll(() => started.output(), { timeout: 10_000 }).toContain('pusher-js:')
    const output = started.output()
    const port = Number(/ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1])
    expect(port).toBeGreaterThan(0)
    expect(output).toContain(`dev auth    http://127.0.0.1:${port}/pusher/auth`)
    expect(output).toMatch(
      /control {5}http:\/\/127\.0\.0\.1:\d+\/control {2}\(Authorization: Bearer [\w-]{32}\)/,
    )
    expect(output).toContain("origins     Storybook's and the examples' on localhost, http://localhost:3000")
    expect(output).toMatch(/master key {2}[A-Za-z0-9+/]{43}=/)
  })

  test('the CLI takes the master key from --encryption-master-key or $CHANNELKIT_ENCRYPTION_MASTER_KEY', async () => {
    const key = Buffer.alloc(32, 1).toString('base64')
    const fromEnv = run(['--port', '0'], { CHANNELKIT_ENCRYPTION_MASTER_KEY: key })
    await expect.poll(() => fromEnv.output(), { timeout: 10_000 }).toContain('pusher-js:')
    expect(fromEnv.output()).toContain(`master key  ${key}`)
    const bad = run(['--port', '0', '--encryption-master-key', 'c2hvcnQ='])
    expect(await bad.exited).toBe(2)
    expect(bad.output()).toMatch(/^encryptionMasterKeyBase64 must be 32 bytes/)
  })
})
