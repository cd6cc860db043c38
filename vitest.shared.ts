import { createRequire } from 'node:module'
import { defaultClientConditions, defaultServerConditions } from 'vite'

// Workspace packages resolve to their TypeScript sources in tests (the "source" export condition),
// so `vitest` needs no build first.
export const sourceConditions = {
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
}

/**
 * For DOM (happy-dom) projects that talk to the local server: happy-dom's browser conditions would pick
 * pusher-js's browser build, but its Node build brings a WebSocket and XHR for Node; and the server,
 * started in-process from source, needs the real `ws`, not its browser stub.
 * `from` is the project's `import.meta.url`, so its own dependencies are resolved.
 */
export function liveDomResolve(from: string) {
  const require = createRequire(from)
  const serverRequire = createRequire(require.resolve('@channelkit/server/package.json'))
  return {
    ...sourceConditions,
    resolve: {
      ...sourceConditions.resolve,
      alias: [
        { find: /^pusher-js$/, replacement: require.resolve('pusher-js/dist/node/pusher.js') },
        { find: /^ws$/, replacement: serverRequire.resolve('ws') },
      ],
    },
  }
}
