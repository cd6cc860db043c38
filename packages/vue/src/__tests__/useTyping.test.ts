import { describe, expect, test } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { ChannelKitPlugin, usePresence, useTyping } from '..'
import { afterTest, alice, bob, kit, server } from './helpers'

const ROOM = 'presence-typing'

const Composer = defineComponent({
  setup() {
    const count = usePresence(ROOM, (r) => r.count)
    const { typing, start, stop } = useTyping(ROOM)
    return () =>
      h('div', [
        h('output', `${count.value}:${typing.value.map((t) => t.name).join(',')}`),
        h('button', { class: 'start', onClick: start }, 'type'),
        h('button', { class: 'stop', onClick: stop }, 'stop'),
      ])
  },
})

describe('useTyping', () => {
  test('shows who is typing from another app on the page, and when they stop', async () => {
    const s = await server()
    const [aliceView, bobView] = [alice, bob].map((user): HTMLElement => {
      const app = createApp(Composer).use(ChannelKitPlugin, { kit: kit(s, user) })
      const container = document.createElement('div')
      document.body.append(container)
      app.mount(container)
      afterTest(() => {
        app.unmount()
        container.remove()
      })
      return container
    })
    const shown = (view: HTMLElement | undefined) => view?.querySelector('output')?.textContent
    await expect.poll(() => [shown(aliceView), shown(bobView)]).toEqual(['2:', '2:'])

    bobView?.querySelector<HTMLButtonElement>('.start')?.click()
    await expect.poll(() => shown(aliceView)).toBe('2:Bob')
    expect(shown(bobView)).toBe('2:')

    bobView?.querySelector<HTMLButtonElement>('.stop')?.click()
    await expect.poll(() => shown(aliceView)).toBe('2:')
  })
})
