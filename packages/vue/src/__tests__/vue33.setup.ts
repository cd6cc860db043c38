// Vue 3.3 run: @testing-library/vue, @vue/test-utils and @vue/server-renderer are CommonJS and call
// `require('vue')` / `require('@vue/…')` natively, which Vite's aliases never see. Send those requires
// to the Vue 3.3 copy (the one the aliases in vitest.vue33.config.ts point at), so a single Vue runs.
// Requires made inside Vue 3.3's own packages keep their normal resolution (their pinned 3.3.8 deps).
import Module, { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

type Resolve = (
  request: string,
  parent: { filename?: string | null } | undefined,
  ...rest: unknown[]
) => string
const nodeModule = Module as unknown as {
  _resolveFilename: Resolve
  _nodeModulePaths(dir: string): string[]
}
const vueDir = dirname(createRequire(import.meta.url).resolve('vue33/package.json'))
const vueParent = {
  id: join(vueDir, 'index.js'),
  filename: join(vueDir, 'index.js'),
  paths: nodeModule._nodeModulePaths(vueDir),
}
const insideVue33 = /[\\/](vue|@vue\+[\w-]+)@3\.3\.8[_\\/]/
const resolve = nodeModule._resolveFilename

nodeModule._resolveFilename = function (this: unknown, request, parent, ...rest) {
  if (request === 'vue' || request.startsWith('vue/')) {
    return resolve.call(this, join(vueDir, request.slice(3)), parent, ...rest)
  }
  const fromVue33 = insideVue33.test(parent?.filename ?? '')
  if (request.startsWith('@vue/') && !request.startsWith('@vue/test-utils') && !fromVue33) {
    return resolve.call(this, request, vueParent, ...rest)
  }
  return resolve.call(this, request, parent, ...rest)
}
