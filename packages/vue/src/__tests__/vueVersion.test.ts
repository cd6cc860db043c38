import { createRequire } from 'node:module'
import { render } from '@testing-library/vue'
import { describe, expect, inject, test } from 'vitest'
import { createSSRApp, defineComponent, getCurrentInstance, h, version } from 'vue'
import { renderToString } from 'vue/server-renderer'

declare module 'vitest' {
  interface ProvidedContext {
    vueMinor: string
  }
}

describe('the Vue this project runs', () => {
  test('is the version the project names, one copy shared by the tests, test-utils and the server renderer', async () => {
    expect(version.startsWith(`${inject('vueMinor')}.`)).toBe(true)
    let instance: unknown = null
    const Probe = defineComponent({
      setup() {
        instance = getCurrentInstance()
        return () => h('p', version)
      },
    })
    render(Probe).unmount()
    expect(instance).not.toBeNull()
    expect(await renderToString(createSSRApp(Probe))).toBe(`<p>${version}</p>`)

    // every Vue runtime package Node loaded is that same version (no 3.3/3.5 mix)
    const loaded = Object.keys(createRequire(import.meta.url).cache).flatMap((path) => {
      const match =
        /\.pnpm[\\/](@vue\+(?:runtime-core|runtime-dom|reactivity|server-renderer)|vue)@([\d.]+)/.exec(path)
      return match ? [`${match[1]}@${match[2]}`] : []
    })
    expect(loaded.length).toBeGreaterThan(0)
    expect(new Set(loaded.map((id) => id.split('@').at(-1)))).toEqual(new Set([version]))
  })
})
