// Finds a Chrome or Chromium for the browser tests: the one place that knows where browsers live, used by
// scripts/setup.mjs (`npm test`) and by e2e/support/browser.ts (playwright-core's executablePath).
import { statSync } from 'node:fs'
import { posix, win32 } from 'node:path'

/** Names looked up on PATH, in order. @type {Record<string, string[]>} */
const NAMES = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  darwin: ['chromium', 'google-chrome'],
  win32: ['chrome.exe'],
}

/**
 * Where a browser may be, in the order they are tried: CHROMIUM_PATH alone when it is set (a path the user
 * chose is never silently replaced by another), else the usual install locations, then PATH.
 * @param {{ platform?: string, env?: Record<string, string | undefined> }} [machine]
 * @returns {string[]}
 */
export function browserCandidates({ platform = process.platform, env = process.env } = {}) {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH]
  const path = platform === 'win32' ? win32 : posix
  const get = (/** @type {string} */ name) => variable(env, name)
  const fixed = []
  if (platform === 'darwin') {
    const home = get('HOME')
    for (const base of home ? ['/Applications', path.join(home, 'Applications')] : ['/Applications']) {
      fixed.push(path.join(base, 'Google Chrome.app/Contents/MacOS/Google Chrome'))
      fixed.push(path.join(base, 'Chromium.app/Contents/MacOS/Chromium'))
    }
  }
  if (platform === 'win32') {
    const local = get('LOCALAPPDATA')
    for (const base of [get('PROGRAMFILES'), get('PROGRAMFILES(X86)'), local]) {
      if (!base) continue
      fixed.push(path.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'))
    }
    if (local) fixed.push(path.join(local, 'Chromium', 'Application', 'chrome.exe'))
  }
  // Linux has no one install location (Debian, Ubuntu's snap, Fedora, Arch, Nix…): PATH is the answer there.
  const names = NAMES[platform] ?? NAMES.linux ?? []
  const dirs = (get('PATH') ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean)
  const onPath = dirs.flatMap((dir) => names.map((name) => path.join(dir, name)))
  return [...new Set([...fixed, ...onPath])]
}

/**
 * The first candidate that is a file, or undefined.
 * @param {{ platform?: string, env?: Record<string, string | undefined>, isFile?: (path: string) => boolean }} [machine]
 * @returns {string | undefined}
 */
export function findBrowser({ isFile = isAFile, ...machine } = {}) {
  return browserCandidates(machine).find((candidate) => isFile(candidate))
}

/**
 * The one line to print when no browser is found: what to install, and how to run the tests without one.
 * @param {{ platform?: string, env?: Record<string, string | undefined> }} [machine]
 */
export function missingBrowserMessage({ platform = process.platform, env = process.env } = {}) {
  const without = 'or run every test but the browser ones with `pnpm test:no-browser`'
  if (env.CHROMIUM_PATH) {
    return `The browser tests need Chrome or Chromium, but CHROMIUM_PATH=${env.CHROMIUM_PATH} is not a file: point it at a browser, unset it, ${without}.`
  }
  const install = {
    darwin: 'install Google Chrome (or `brew install --cask chromium`)',
    win32: 'install Google Chrome',
  }[platform]
  return `The browser tests need Chrome or Chromium: ${install ?? 'install Chromium or Google Chrome (on Debian or Ubuntu: `sudo apt-get install chromium`)'} or set CHROMIUM_PATH to one, ${without}.`
}

/**
 * Windows names variables in any case (Path, ProgramFiles); a copy of process.env no longer ignores case.
 * @param {Record<string, string | undefined>} env
 * @param {string} name upper case
 */
function variable(env, name) {
  const key = Object.keys(env).find((key) => key.toUpperCase() === name)
  return key === undefined ? undefined : env[key]
}

/** @param {string} path */
function isAFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
