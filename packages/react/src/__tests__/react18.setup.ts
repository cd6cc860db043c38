import Module from 'node:module'
import { react18Files } from './react18'

// Vite's aliases cover our sources; libraries loaded by Node (react-dom, @testing-library/react,
// use-sync-external-store) `require('react')` themselves, so point Node's resolver at React 18 too.
type Resolve = (request: string, ...rest: unknown[]) => string
const loader = Module as unknown as { _resolveFilename: Resolve & { react18?: true } }
if (!loader._resolveFilename.react18) {
  const resolve = loader._resolveFilename
  const patched: Resolve & { react18?: true } = function (this: unknown, request, ...rest) {
    return resolve.call(this, react18Files[request] ?? request, ...rest)
  }
  patched.react18 = true
  loader._resolveFilename = patched
}
