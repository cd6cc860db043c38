import type { ChannelKit, ChannelKitOptions, TypingOptions } from '@channelkit/core'
import { startServer } from '@channelkit/server'
import { alice, bob, subscribed, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import type { TestServer, TestUser } from '@channelkit/testing'
import { setupTestServer } from '@channelkit/testing/vitest'
import { screen, waitFor, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

// The connected components of the UI kits against the real local server, written once: each framework
// mounts them by name through @channelkit/testing's render helpers (a `ComponentDriver`), these scenarios
// drive the other side with real pusher-js clients and the server SDK, and read the screen.

/** The props of each connected component; `Composer` is a form whose "Message" input uses `useTypingInput`. */
export interface ComponentProps {
  OnlineUsers: { channel: string; variant?: 'stack' | 'list' }
  TypingIndicator: { channel: string; options?: TypingOptions }
  LiveNotifications: {
    channel: string
    event: string | null
    max?: number
    duration?: number
    map?: (data: unknown) => unknown
  }
  ConnectionStatus: Record<string, never>
  Composer: { channel: string }
}

/** Where a component is mounted: the test server, and who its kit signs in as (default alice). */
export interface MountOptions {
  server: TestServer
  user?: TestUser | null
  kitOptions?: Partial<ChannelKitOptions>
}

export interface ComponentDriver {
  /** Titles the suites: `React`, `Vue`. */
  framework: string
  /**
   * Renders `component` in an app of its own (as in another browser tab) with a kit connected to the test
   * server (@channelkit/testing's `render` / `createPlugin`); the server's reset unmounts it and destroys the kit.
   */
  mount<C extends keyof ComponentProps>(
    component: C,
    props: ComponentProps[C],
    options: MountOptions,
  ): { container: HTMLElement; kit: ChannelKit }
}

/** Declares the connected-component scenarios (describe/it blocks) for one framework. */
export function defineComponentScenarios(driver: ComponentDriver): void {
  const server = setupTestServer({ user: alice })
  const mount = <C extends keyof ComponentProps>(
    component: C,
    props: ComponentProps[C],
    options: Omit<MountOptions, 'server'> = {},
  ) => driver.mount(component, props, { server, ...options })

  describe(`${driver.framework}: OnlineUsers (live)`, () => {
    it('shows loading, then the real roster as people join and leave', async () => {
      const channel = unique('presence-room-')
      const { container } = mount('OnlineUsers', { channel, variant: 'list' })
      expect(screen.getByRole('group').dataset.ckState).toBe('loading')

      const me = await screen.findByRole('group', { name: '1 person online' })
      expect(within(me).getByRole('listitem').textContent).toBe('AAlice (you)')
      expect(screen.getByRole('listitem').hasAttribute('data-ck-me')).toBe(true)

      const other = server.client(bob)
      await subscribed(other.subscribe(channel))
      const both = await screen.findByRole('group', { name: '2 people online' })
      expect(
        within(both)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['AAlice (you)', 'BBob'])
      await expectNoAxeViolations(container)

      other.disconnect()
      await waitFor(() =>
        expect(screen.getByRole('group').getAttribute('aria-label')).toBe('1 person online'),
      )
    })

    it('shows the last roster as stale while disconnected, and live again after reconnecting', async () => {
      const channel = unique('presence-room-')
      const { kit } = mount('OnlineUsers', { channel })
      await subscribed(server.client(bob).subscribe(channel))
      const group = await screen.findByRole('group', { name: '2 people online' })
      expect(group.hasAttribute('data-ck-stale')).toBe(false)

      kit.disconnect()
      await waitFor(() => expect(screen.getByRole('group').hasAttribute('data-ck-stale')).toBe(true))
      expect(screen.getByRole('group').getAttribute('aria-label')).toBe('2 people online')
      expect(within(screen.getByRole('group')).getByRole('status').textContent).toBe(
        'Reconnecting: this list may be out of date',
      )
      kit.connect()
      await waitFor(() => expect(screen.getByRole('group').hasAttribute('data-ck-stale')).toBe(false))
      expect(within(screen.getByRole('group')).getByRole('status').textContent).toBe('')
    })

    it('shows the error state for a name that is not a presence channel', () => {
      mount('OnlineUsers', { channel: 'private-room' })
      expect(screen.getByRole('group').dataset.ckState).toBe('error')
    })
  })

  describe(`${driver.framework}: TypingIndicator (live)`, () => {
    const sentence = () => document.querySelector('[aria-live="polite"]')?.textContent

    it("shows another client's real client-typing events, which expire", async () => {
      const channel = unique('presence-chat-')
      const { container } = mount('TypingIndicator', { channel, options: { timeout: 300 } })
      await server.subscribed(channel)
      const other = await subscribed(server.client(bob).subscribe(channel))

      other.trigger('client-typing', { typing: true })
      await waitFor(() => expect(sentence()).toBe('Bob is typing…'))
      await expectNoAxeViolations(container)
      // No more events: the entry expires after `timeout`.
      await waitFor(() => expect(sentence()).toBe(''))

      other.trigger('client-typing', { typing: true })
      await waitFor(() => expect(sentence()).toBe('Bob is typing…'))
      other.trigger('client-typing', { typing: false })
      await waitFor(() => expect(sentence()).toBe(''))
    })

    it('useTypingInput announces typing from an input, stops on blur and on send', async () => {
      const channel = unique('presence-chat-')
      const user = userEvent.setup()
      mount('Composer', { channel })
      // Bob's side is a second app with its own kit, as in another browser.
      mount('TypingIndicator', { channel }, { user: bob })
      await server.subscribed(channel, { count: 2 })

      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hi')
      await waitFor(() => expect(sentence()).toBe('Alice is typing…'))
      await user.tab()
      await waitFor(() => expect(sentence()).toBe(''))

      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}')
      await waitFor(() => expect(sentence()).toBe(''))
    })
  })

  describe(`${driver.framework}: LiveNotifications (live)`, () => {
    const toasts = () =>
      screen.queryAllByRole('listitem').map((li) => li.querySelector('[data-ck-part="content"]')?.textContent)

    it('shows notifications triggered through the server SDK, max visible, the rest queued', async () => {
      const channel = unique('alerts-')
      const { container } = mount('LiveNotifications', {
        channel,
        event: 'alert',
        max: 2,
        duration: 0,
      })
      await server.subscribed(channel)
      const sdk = server.localServer.pusher()
      for (const title of ['Deploy', 'Build', 'Review']) {
        await sdk.trigger(channel, 'alert', { title, message: `${title} done` })
      }
      await waitFor(() => expect(screen.queryByText('1 more')).not.toBeNull())
      expect(toasts()).toEqual(['DeployDeploy done', 'BuildBuild done'])
      expect(screen.getByRole('status').textContent).toBe('Build: Build done')
      await expectNoAxeViolations(container)

      await userEvent.click(
        within(screen.getAllByRole('listitem')[0]!).getByRole('button', { name: 'Dismiss notification' }),
      )
      await waitFor(() => expect(toasts()).toEqual(['BuildBuild done', 'ReviewReview done']))
      expect(screen.queryByText('1 more')).toBeNull()
      expect(screen.getByRole('status').textContent).toBe('Review: Review done')
    })

    it('maps payloads, shows their severity and auto-dismisses', async () => {
      const channel = unique('alerts-')
      mount('LiveNotifications', {
        channel,
        event: 'alert',
        duration: 200,
        map: (data) =>
          (data as { urgent?: boolean }).urgent ? { message: 'Urgent!', severity: 'warning' } : null,
      })
      await server.subscribed(channel)
      const sdk = server.localServer.pusher()
      await sdk.trigger(channel, 'alert', { urgent: false })
      await sdk.trigger(channel, 'alert', { urgent: true })
      await waitFor(() => expect(toasts()).toEqual(['Urgent!']))
      expect(screen.getByRole('listitem').dataset.ckSeverity).toBe('warning')
      expect(screen.getByRole('status').textContent).toBe('Warning: Urgent!')
      await waitFor(() => expect(toasts()).toEqual([]))
    })
  })

  describe(`${driver.framework}: ConnectionStatus (live)`, () => {
    const label = () => screen.getByRole('status').textContent

    it('follows the connection, and retry reconnects after a disconnect', async () => {
      const { container, kit } = mount('ConnectionStatus', {})
      await waitFor(() => expect(label()).toBe('Connected'))
      await expectNoAxeViolations(container)

      kit.disconnect()
      await waitFor(() => expect(label()).toBe('Disconnected'))
      await expectNoAxeViolations(container)
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
      await waitFor(() => expect(label()).toBe('Connected'))
      expect(screen.queryByRole('button')).toBeNull()
    })

    it('shows the server going away, and reconnects with retry once it is back', async () => {
      // A server of the test's own, which it stops and starts again; the kit points at it.
      let restarted = await startServer({ port: 0 })
      const { port } = restarted
      server.defer(() => restarted.close())
      mount(
        'ConnectionStatus',
        {},
        { kitOptions: { ...restarted.wsOptions({ user: alice }), unavailableTimeout: 300 } },
      )
      await waitFor(() => expect(label()).toBe('Connected'))

      await restarted.close()
      await waitFor(() => expect(label()).toBe('Connection unavailable'), { timeout: 5000 })

      restarted = await startServer({ port })
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
      await waitFor(() => expect(label()).toBe('Connected'), { timeout: 5000 })
    })
  })
}
