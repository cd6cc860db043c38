#!/usr/bin/env node
// Makes a fresh machine (Node 20 + npm only) ready: pnpm, the workspace's packages and, when the
// test suite needs it, Debian's Chromium. Safe to run again: each step is skipped when already done.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pnpmVersion = pkg.packageManager.split('@')[1]

function run(cmd, opts = {}) {
  console.log(`[setup] ${cmd}`)
  execSync(cmd, { stdio: 'inherit', cwd: root, ...opts })
}

function has(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

const current = has('pnpm')
if (current !== pnpmVersion) run(`npm install -g pnpm@${pnpmVersion}`)

run(process.env.CI ? 'pnpm install --frozen-lockfile' : 'pnpm install')

const needsChromium = existsSync(join(root, 'e2e'))
if (needsChromium && !existsSync('/usr/bin/chromium')) {
  if (process.platform !== 'linux' || !has('apt-get', ['--version'])) {
    console.error(
      '[setup] browser tests need Chromium at /usr/bin/chromium; install it with your package manager',
    )
    process.exit(1)
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  run(`${sudo}apt-get update -qq`)
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`)
}
