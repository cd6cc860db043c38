import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** bench/, found from wherever esbuild put the running chunk. */
export const benchDir = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'run.mjs'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('bench: cannot find bench/run.mjs above the compiled script')
    dir = parent
  }
  return dir
})()
