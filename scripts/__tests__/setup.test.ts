import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { missingBrowserMessage } from '../browser.mjs'

const scripts = fileURLToPath(new URL('..', import.meta.url))
const windows = process.platform === 'win32'

/** How to start the real pnpm without PATH: its JavaScript entry and this node, or its own executable. */
function pnpmCommand(): string[] {
  const entry = process.env.npm_execpath
  if (entry && /pnpm\.c?js$/.test(entry)) return [process.execPath, entry]
  const names = windows ? ['pnpm.cmd', 'pnpm.exe'] : ['pnpm']
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const file = join(dir, name)
      if (!existsSync(file)) continue
      const real = realpathSync(file)
      return /\.c?js$/.test(real) ? [process.execPath, real] : [real]
    }
  }
  throw new Error('pnpm is not on PATH')
}

const machines: string[] = []
afterAll(() => {
  for (const dir of machines) rmSync(dir, { recursive: true, force: true })
})

/**
 * A copy of the workspace's setup in a temporary project (so its `pnpm install` is quick and touches nothing
 * here), run with a PATH that holds only pnpm and recorders for sudo, apt-get, env and npm: they log their
 * arguments and fail, so the machine has no browser and no way to install one.
 */
function machine() {
  const dir = mkdtempSync(join(tmpdir(), 'ck-setup-'))
  machines.push(dir)
  const { packageManager } = JSON.parse(readFileSync(join(scripts, '..', 'package.json'), 'utf8'))
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'setup-probe', private: true, packageManager }),
  )
  mkdirSync(join(dir, 'e2e'))
  mkdirSync(join(dir, 'scripts'))
  for (const file of ['setup.mjs', 'browser.mjs'])
    copyFileSync(join(scripts, file), join(dir, 'scripts', file))
  const bin = join(dir, 'bin')
  const log = join(dir, 'calls.log')
  mkdirSync(bin)
  const shim = (name: string, posix: string, cmd: string) => {
    const file = join(bin, windows ? `${name}.cmd` : name)
    writeFileSync(file, windows ? cmd : posix)
    chmodSync(file, 0o755)
  }
  const pnpm = pnpmCommand()
    .map((part) => `"${part}"`)
    .join(' ')
  shim('pnpm', `#!/bin/sh\nexec ${pnpm} "$@"\n`, `@${pnpm} %*\r\n`)
  for (const name of ['sudo', 'apt-get', 'env', 'npm']) {
    shim(
      name,
      `#!/bin/sh\necho "${name} $*" >> "${log}"\nexit 1\n`,
      `@echo ${name} %* >> "${log}"\r\n@exit /b 1\r\n`,
    )
  }
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    // CI would make setup install with a frozen lockfile, which this empty project does not have.
    if (value !== undefined && !/^(path|ci|chromium_path|npm_.*)$/i.test(key)) env[key] = value
  }
  env.PATH = bin
  env.CHROMIUM_PATH = join(dir, 'nowhere', windows ? 'chrome.exe' : 'chrome')
  const setup = (...args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'scripts', 'setup.mjs'), ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
    })
  const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split(/\r?\n/) : [])
  return { dir, env, setup, calls }
}

describe('scripts/setup.mjs on a machine without a browser', () => {
  it('npm start (setup without --browser) installs the workspace and never looks for a browser or runs sudo', () => {
    const probe = machine()
    const start = probe.setup()
    expect(start.stderr).toBe('')
    expect(start.status).toBe(0)
    expect(start.stdout).toContain('[setup] pnpm install')
    expect(`${start.stdout}${start.stderr}`).not.toMatch(/chrom|browser/i)
    expect(existsSync(join(probe.dir, 'node_modules'))).toBe(true)
    expect(probe.calls()).toEqual([])
  })

  it('npm test (setup --browser) on the same machine stops with one line: what to install, how to test without', () => {
    const probe = machine()
    const test = probe.setup('--browser')
    expect(test.status).toBe(1)
    expect(test.stderr.trim().split(/\r?\n/)).toEqual([
      `[setup] ${missingBrowserMessage({ platform: process.platform, env: probe.env })}`,
    ])
    expect(test.stderr).toContain('pnpm test:no-browser')
    // A browser the user named is not replaced by one apt-get would install.
    expect(probe.calls()).toEqual([])
  })
})
