import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const artifacts = join(root, 'e2e/artifacts')
export const storybookStatic = (which: 'react' | 'vue') => join(root, 'stories', which, 'storybook-static')
/** e2e/ is a plain folder: its dependencies are the stories package's. */
export const fromStories = createRequire(join(root, 'stories/package.json'))
