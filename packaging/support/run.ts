import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface RunResult {
  code: number | null
  output: string
}

const windows = process.platform === 'win32'

/**
 * The environment of a throwaway app: the workspace's own pnpm/npm settings (npm_config_*, pnpm_*, set by
 * `pnpm run` from the workspace's configuration) must not reach it, nor CI's frozen-lockfile default.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(npm_|pnpm_|ci$|vitest|node_env$|init_cwd$)/i.test(key)) env[key] = value
  }
  return { ...env, ...extra }
}

/**
 * Runs a command to its end and resolves with its exit code and interleaved output (never rejects: callers
 * assert, so a failure shows the tool's own words). pnpm and npm are .cmd files on Windows: a shell finds them.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? cleanEnv(),
      shell: windows && !command.endsWith('.exe') && command !== process.execPath,
      timeout: options.timeout ?? 300_000,
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', (error) => {
      output += `\n${error.message}`
    })
    child.on('close', (code) => resolve({ code, output: `$ ${[command, ...args].join(' ')}\n${output}` }))
  })
}

/** A script of a package installed in `dir`, run with this node (no .bin shims, no shell). */
export function runBin(
  dir: string,
  script: string,
  args: string[],
  options: { cwd: string; timeout?: number },
) {
  return run(process.execPath, [join(dir, 'node_modules', script), ...args], options)
}
