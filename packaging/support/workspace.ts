import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface PackageJson {
  name: string
  version: string
  private?: boolean
  [field: string]: unknown
}

export interface WorkspacePackage {
  name: string
  /** Absolute. */
  dir: string
  /** From the root, with forward slashes (as package.json `repository.directory` wants it). */
  path: string
  json: PackageJson
}

/** Every package of the workspace as pnpm sees it (pnpm-workspace.yaml), the root excluded. */
export function workspacePackages(): WorkspacePackage[] {
  const listed = JSON.parse(
    execFileSync(
      process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm',
      ['ls', '-r', '--json', '--depth', '-1'],
      {
        cwd: root,
        encoding: 'utf8',
        shell: process.platform === 'win32',
      },
    ),
  ) as { name: string; path: string }[]
  return listed
    .filter((entry) => relative(root, entry.path) !== '')
    .map((entry) => ({
      name: entry.name,
      dir: entry.path,
      path: relative(root, entry.path).split(sep).join('/'),
      json: JSON.parse(readFileSync(join(entry.path, 'package.json'), 'utf8')) as PackageJson,
    }))
}

/** What `pnpm publish -r` would publish: every package that is not private. */
export function publishablePackages(): WorkspacePackage[] {
  return workspacePackages().filter((pkg) => !pkg.json.private)
}

/** `@channelkit/react-ui` → `channelkit-react-ui`: how npm names the tarball and how we name folders. */
export const slug = (name: string) => name.replace(/^@/, '').replace('/', '-')

export const rootJson = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson
