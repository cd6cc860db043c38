#!/usr/bin/env node
// Makes a machine with Node 20 and npm ready: pnpm and the workspace's packages (`npm start`), and with
// --browser a Chrome or Chromium for the browser tests (`npm test`). Safe to run again: each step is skipped
// when already done. `npm start` never looks for a browser (Storybook needs none) and nothing here runs sudo
// unless it can without a password, and then only to install Debian's Chromium for --browser.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findBrowser, missingBrowserMessage } from './browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pnpmVersion = pkg.packageManager.split('@')[1]
const windows = process.platform === 'win32'

/**
 * Runs a command with inherited output; npm and pnpm are .cmd files on Windows, which need a shell.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`[setup] ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, shell: windows })
  return result.status === 0
}

/**
 * The command's trimmed output when it exits 0, else null (also when it does not exist).
 * @param {string} command
 * @param {string[]} args
 */
function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', shell: windows })
  return result.status === 0 ? result.stdout.trim() : null
}

/** @param {string} message */
function stop(message) {
  console.error(`[setup] ${message}`)
  process.exit(1)
}

function ensurePnpm() {
  if (output('pnpm', ['--version']) === pnpmVersion) return
  // Under `npm start`/`npm test`, npm_execpath is npm's own entry: run it with this node, no PATH lookup.
  const npmCli = process.env.npm_execpath?.match(/npm-cli\.c?js$/) ? process.env.npm_execpath : undefined
  const installed = npmCli
    ? run(process.execPath, [npmCli, 'install', '-g', `pnpm@${pnpmVersion}`])
    : run('npm', ['install', '-g', `pnpm@${pnpmVersion}`])
  if (!installed || output('pnpm', ['--version']) === null) {
    stop(
      `could not install pnpm ${pnpmVersion} with \`npm install -g\`: install it yourself (\`corepack enable pnpm\`, or npm with a Node version manager such as nvm or fnm) and run this again.`,
    )
  }
}

/** Debian's Chromium, only where apt-get exists and we are root or may sudo without a password. */
function installDebianChromium() {
  if (process.platform !== 'linux' || output('apt-get', ['--version']) === null) return false
  const isRoot = process.getuid?.() === 0
  if (!isRoot && output('sudo', ['-n', 'true']) === null) return false
  // sudo resets the environment, so the variable goes through env(1) either way.
  const [command, ...prefix] = [...(isRoot ? [] : ['sudo', '-n']), 'env', 'DEBIAN_FRONTEND=noninteractive']
  return (
    run(command, [...prefix, 'apt-get', 'update', '-qq']) &&
    run(command, [...prefix, 'apt-get', 'install', '-y', '-qq', 'chromium'])
  )
}

function ensureBrowser() {
  let browser = findBrowser()
  if (!browser && !process.env.CHROMIUM_PATH && installDebianChromium()) browser = findBrowser()
  if (!browser) stop(missingBrowserMessage())
  console.log(`[setup] browser tests use ${browser}`)
}

ensurePnpm()
if (!run('pnpm', process.env.CI ? ['install', '--frozen-lockfile'] : ['install'])) process.exit(1)
if (process.argv.includes('--browser')) ensureBrowser()
