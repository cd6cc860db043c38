// Runs the Storybook CLI for one of the two Storybooks (react, vue) as a child process.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const storiesDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(storiesDir, 'package.json'))
const bin = join(dirname(require.resolve('storybook/package.json')), 'dist/bin/dispatcher.js')

/**
 * @param {'react' | 'vue'} which
 * @param {string[]} args e.g. ['build', '--quiet'] or ['dev', '--port', '6006']
 * @param {NodeJS.ProcessEnv} [env]
 */
export function storybook(which, args, env = {}) {
  return spawn(process.execPath, [bin, ...args], {
    cwd: join(storiesDir, which),
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', ...env },
  })
}

/** Resolves when the child exits with 0, rejects otherwise. */
export function exited(/** @type {import('node:child_process').ChildProcess} */ child) {
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve(undefined) : reject(new Error(`storybook exited with ${signal ?? code}`)),
    )
  })
}

/**
 * Resolves once `url` answers 200 (polling every 300 ms); rejects when `stopped()` turns true, so Ctrl-C during
 * a slow start does not leave a poll behind.
 * @param {string} url
 * @param {() => boolean} stopped
 */
export async function waitForUrl(url, stopped) {
  for (;;) {
    if (stopped()) throw new Error(`stopped while waiting for ${url}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}
