import { createRequire } from 'node:module'
import { defaultClientConditions, defaultServerConditions } from 'vite'

// Workspace packages resolve to their TypeScript sources in tests (the "source" export condition),
// so `vitest` needs no build first.
export const sourceConditions = {
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
}

const fromRoot = createRequire(import.meta.url)

/**
 * pusher-js at the lowest version the packages' `pusher-js` peer range accepts: the root devDependency
 * `pusher-js-floor` (npm:pusher-js@…). The `*-pusher-floor` projects run the suites on it; the packaging
 * test checks that every peer range starts at this version.
 */
export const pusherFloor = {
  version: (fromRoot('pusher-js-floor/package.json') as { version: string }).version,
  /** Its Node build (with a WebSocket and XHR for Node), as `liveDomResolve` wants it. */
  file: fromRoot.resolve('pusher-js-floor/dist/node/pusher.js'),
  setupFile: fromRoot.resolve('./vitest.pusherFloor.setup.ts'),
}

/**
 * For DOM (happy-dom) projects that talk to the local server: happy-dom's browser conditions would pick
 * pusher-js's browser build, but its Node build brings a WebSocket and XHR for Node; and the server,
 * started in-process from source, needs the real `ws`, not its browser stub.
 * `from` is the project's `import.meta.url`, so its own dependencies are resolved; `pusherJs` replaces the
 * project's pusher-js (the floor projects pass `pusherFloor.file`).
 */
export function liveDomResolve(from: string, pusherJs?: string) {
  const require = createRequire(from)
  const serverRequire = createRequire(require.resolve('@channelkit/server/package.json'))
  return {
    ...sourceConditions,
    resolve: {
      ...sourceConditions.resolve,
      alias: [
        { find: /^pusher-js$/, replacement: pusherJs ?? require.resolve('pusher-js/dist/node/pusher.js') },
        { find: /^ws$/, replacement: serverRequire.resolve('ws') },
      ],
    },
  }
}
