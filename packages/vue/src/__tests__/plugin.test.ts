import { isChannelKitError } from '@channelkit/core'
import { render, screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { ChannelKitPlugin, provideChannelKit, useConnectionState, usePresence, usePusher } from '..'
import { afterTest, alice, bob, kit, server } from './helpers'

const State = defineComponent({
  setup() {
    const state = useConnectionState((s) => s.state)
    return () => h('p', state.value)
  },
})

function mount(app: ReturnType<typeof createApp>) {
  const container = document.createElement('div')
  document.body.append(container)
  app.mount(container)
  afterTest(() => container.remove())
  return container
}

describe('ChannelKitPlugin', () => {
  test('creates a kit from options and destroys it when the app unmounts', async () => {
    const s = await server()
    const app = createApp(State).use(ChannelKitPlugin, {
      key: s.app.key,
      ...s.wsOptions({ user: alice }),
      server: false,
    })
    const container = mount(app)
    await expect.poll(() => container.textContent).toBe('connected')
    expect(s.connectionCount()).toBe(1)

    app.unmount()
    await vi.waitFor(() => expect(s.connectionCount()).toBe(0))
  })

  test('leaves a kit it was given alone when the app unmounts', async () => {
    const s = await server()
    const given = kit(s)
    const app = createApp(State).use(ChannelKitPlugin, { kit: given })
    const container = mount(app)
    await expect.poll(() => container.textContent).toBe('connected')
    app.unmount()
    expect(given.connection.getSnapshot().state).toBe('connected')
    expect(s.connectionCount()).toBe(1)
  })

  test('several apps on one page each have their own kit', async () => {
    const s = await server()
    const Roster = defineComponent({
      setup() {
        const ids = usePresence('presence-lobby', (r) => r.members.map((m) => m.id))
        return () => h('p', ids.value.join(','))
      },
    })
    const apps = [alice, bob].map((user) =>
      createApp(Roster).use(ChannelKitPlugin, { key: s.app.key, ...s.wsOptions({ user }), server: false }),
    )
    const containers = apps.map(mount)
    afterTest(() => {
      for (const app of apps) app.unmount()
    })
    await expect.poll(() => containers.map((c) => c.textContent)).toEqual(['alice,bob', 'alice,bob'])
    expect(s.connectionCount()).toBe(2)
  })

  test('rejects an empty kit with a typed error', () => {
    expect(() => createApp(State).use(ChannelKitPlugin, { kit: undefined as never })).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    )
  })
})

describe('provideChannelKit and usePusher', () => {
  test('a component can provide a kit to its descendants', async () => {
    const s = await server()
    const given = kit(s)
    let seen: unknown
    const Child = defineComponent({
      setup() {
        seen = usePusher()
        return () => h(State)
      },
    })
    const Parent = defineComponent({
      setup() {
        provideChannelKit(given)
        return () => h(Child)
      },
    })
    const { unmount } = render(Parent)
    afterTest(unmount)
    expect(seen).toBe(given)
    await screen.findByText('connected')
  })

  test('outside an app with the plugin, composables throw the missing-provider error', () => {
    let caught: unknown
    try {
      usePusher()
    } catch (error) {
      caught = error
    }
    expect(isChannelKitError(caught, 'missing_provider')).toBe(true)
    expect((caught as Error).message).toMatch(/usePusher\(\).*ChannelKitPlugin/)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    afterTest(() => warn.mockRestore())
    expect(() => render(State)).toThrow(/useConnectionState\(\) found no ChannelKit/)
  })
})
