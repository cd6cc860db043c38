import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const targets: Record<string, string> = {
  react: 'react18',
  'react/jsx-runtime': 'react18/jsx-runtime',
  'react/jsx-dev-runtime': 'react18/jsx-dev-runtime',
  'react-dom': 'react-dom18',
  'react-dom/client': 'react-dom18/client',
  'react-dom/server': 'react-dom18/server',
  'react-dom/test-utils': 'react-dom18/test-utils',
}

/** Bare React specifiers → files of React 18.3. */
export const react18Files: Record<string, string> = Object.fromEntries(
  Object.entries(targets).map(([from, to]) => [from, require.resolve(to)]),
)

export const react18Aliases = Object.entries(react18Files).map(([from, file]) => ({
  find: new RegExp(`^${from}$`),
  replacement: file,
}))
