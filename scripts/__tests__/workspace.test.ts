import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Every workspace package (the folders pnpm-workspace.yaml names), name → the @channelkit packages it uses. */
function workspaceGraph(): Map<string, string[]> {
  const globs = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
    .split('\n')
    .flatMap((line) => /^\s+- (\S+)$/.exec(line)?.[1] ?? [])
  const dirs = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(root, glob.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(glob.slice(0, -2), entry.name))
      : [glob],
  )
  const graph = new Map<string, string[]>()
  for (const dir of dirs) {
    const file = join(root, dir, 'package.json')
    if (!existsSync(file)) continue
    const json = JSON.parse(readFileSync(file, 'utf8'))
    const deps = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap(
      (field) => Object.keys(json[field] ?? {}),
    )
    graph.set(json.name, deps)
  }
  return graph
}

describe('the workspace', () => {
  it('has no cycle between its packages (dev and peer dependencies included), so pnpm warns of none', () => {
    const graph = workspaceGraph()
    expect(graph.has('@channelkit/core')).toBe(true)
    const cycles: string[] = []
    const walk = (name: string, path: string[]) => {
      if (path.includes(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '))
        return
      }
      for (const dep of graph.get(name) ?? []) if (graph.has(dep)) walk(dep, [...path, name])
    }
    for (const name of graph.keys()) walk(name, [])
    expect([...new Set(cycles)]).toEqual([])
  })
})
