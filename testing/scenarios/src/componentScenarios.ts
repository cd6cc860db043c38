import type { ChannelKit, TypingOptions } from '@channelkit/core'
import { startServer } from '@channelkit/server'
import { alice, bob, subscribed, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { screen, waitFor, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { liveKits } from './kits'

// The connected components of the UI kits against the real local server, written once: each framework
// mounts them by name with a kit provided (a `ComponentDriver`), these scenarios drive the other side with
// real pusher-js clients and the server SDK, and read the screen.

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

export interface ComponentDriver {
  /** Titles the suites: `React`, `Vue`. */
  framework: string
  /** Renders `component` in an app of its own (as in another browser tab) with `kit` provided. */
  mount<C extends keyof ComponentProps>(kit: ChannelKit, component: C, props: ComponentProps[C]): HTMLElement
  /** Unmounts everything mounted (runs after each test, before the kits are destroyed). */
  unmount(): unknown
}

/** Declares the connected-component scenarios (describe/it blocks) for one framework. */
export function defineComponentScenarios(driver: ComponentDriver): void {
  const live = liveKits({ unmount: driver.unmount })
  const { mount } = driver

  describe(`${driver.framework}: OnlineUsers (live)`, () => {
    it('shows loading, then the real roster as people join and leave', async () => {
      const channel = unique('presence-room-')
      const container = mount(live.kit(), 'OnlineUsers', { channel, variant: 'list' })
      expect(screen.getByRole('group').dataset.ckState).toBe('loading')

      const me = await screen.findByRole('group', { name: '1 person online' })
      expect(within(me).getByRole('listitem').textContent).toBe('AAlice (you)')
      expect(screen.getByRole('listitem').hasAttribute('data-ck-me')).toBe(true)

      const other = live.client(bob)
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
      const kit = live.kit()
      mount(kit, 'OnlineUsers', { channel })
      await subscribed(live.client(bob).subscribe(channel))
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
      mount(live.kit(), 'OnlineUsers', { channel: 'private-room' })
      expect(screen.getByRole('group').dataset.ckState).toBe('error')
    })
  })

  describe(`${driver.framework}: TypingIndicator (live)`, () => {
    const sentence = () => document.querySelector('[aria-live="polite"]')?.textContent

    it("shows another client's real client-typing events, which expire", async () => {
      const channel = unique('presence-chat-')
      const container = mount(live.kit(), 'TypingIndicator', { channel, options: { timeout: 300 } })
      await live.occupied(channel)
      const other = await subscribed(live.client(bob).subscribe(channel))

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
      mount(live.kit(alice), 'Composer', { channel })
      // Bob's side is a second app with its own kit, as in another browser.
      mount(live.kit(bob), 'TypingIndicator', { channel })
      await waitFor(() => expect(live.server.channels().get(channel)?.userCount).toBe(2))

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
      const container = mount(live.kit(), 'LiveNotifications', {
        channel,
        event: 'alert',
        max: 2,
        duration: 0,
      })
      await live.occupied(channel)
      const sdk = live.server.pusher()
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
      mount(live.kit(), 'LiveNotifications', {
        channel,
        event: 'alert',
        duration: 200,
        map: (data) =>
          (data as { urgent?: boolean }).urgent ? { message: 'Urgent!', severity: 'warning' } : null,
      })
      await live.occupied(channel)
      const sdk = live.server.pusher()
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
      const kit = live.kit()
      const container = mount(kit, 'ConnectionStatus', {})
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
      let server = await startServer({ port: 0 })
      const { port } = server
      live.defer(() => server.close())
      const kit = live.kit(alice, { unavailableTimeout: 300 }, server)
      mount(kit, 'ConnectionStatus', {})
      await waitFor(() => expect(label()).toBe('Connected'))

      await server.close()
      await waitFor(() => expect(label()).toBe('Connection unavailable'), { timeout: 5000 })

      server = await startServer({ port })
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
      await waitFor(() => expect(label()).toBe('Connected'), { timeout: 5000 })
    })
  })
}
