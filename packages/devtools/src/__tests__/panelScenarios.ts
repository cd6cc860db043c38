import type { ChannelKit } from '@channelkit/core'
import { type LocalServer, startServer } from '@channelkit/server'
import { kitFixture } from '@channelkit/test-scenarios'
import { alice } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { screen, waitFor, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DevtoolsOptions } from '../core'

/** Renders the framework's `ChannelKitDevtools` with `props` under a provider of `kit`; `unmount` undoes it. */
export interface PanelDriver {
  name: string
  render(kit: ChannelKit, props?: DevtoolsOptions): void
  unmount(): void
}

const toggle = () => screen.findByRole('button', { name: 'ChannelKit devtools' })
const panel = () => screen.getByRole('region', { name: 'ChannelKit devtools' })
const tab = (name: RegExp | string) => within(panel()).getByRole('tab', { name })
const row = (channel: string) => panel().querySelector<HTMLElement>(`tr[data-ck-channel="${channel}"]`)

/** What a developer does with the panel, the same in React and Vue, against a real local server. */
export function panelScenarios(driver: PanelDriver): void {
  describe(`${driver.name} ChannelKitDevtools`, () => {
    let server: LocalServer
    const kits = kitFixture(() => server, { unmount: () => driver.unmount() })
    beforeAll(async () => {
      server = await startServer({ port: 0, control: true, allowedOrigins: [location.origin] })
    })
    afterEach(() => kits.cleanup())
    afterAll(() => server.close())

    const open = async (kit: ChannelKit, props: DevtoolsOptions = {}) => {
      const user = userEvent.setup()
      driver.render(kit, props)
      const button = await toggle()
      expect(button.getAttribute('aria-expanded')).toBe('false')
      expect(screen.queryByRole('region', { name: 'ChannelKit devtools' })).toBeNull()
      await user.click(button)
      return { user, button }
    }

    it('is closed by default; opens from its toggle; tabs by keyboard; Escape closes and refocuses the toggle', async () => {
      const kit = kits.kit(alice)
      const { user, button } = await open(kit)
      expect(button.getAttribute('aria-expanded')).toBe('true')
      expect(document.activeElement).toBe(tab('Connection'))
      await waitFor(() =>
        expect(within(panel()).getByText('connected', { selector: 'dd span' })).toBeTruthy(),
      )
      await user.keyboard('{ArrowRight}')
      expect(document.activeElement).toBe(tab(/^Channels/))
      expect(tab(/^Channels/).getAttribute('aria-selected')).toBe('true')
      await user.keyboard('{End}')
      expect(document.activeElement).toBe(tab('Trigger'))
      await user.keyboard('{Home}')
      expect(document.activeElement).toBe(tab('Connection'))
      await user.keyboard('{Escape}')
      expect(screen.queryByRole('region', { name: 'ChannelKit devtools' })).toBeNull()
      await waitFor(() => expect(document.activeElement).toBe(button))
      expect(button.getAttribute('aria-expanded')).toBe('false')
    })

    it('shows each channel with status and holders; Retry recovers one whose auth endpoint refused, then healed', async () => {
      const kit = kits.kit(alice)
      // The dev auth endpoint refuses while its params say so (as an app's would for a logged-out user).
      const params = (kit.options.channelAuthorization as { params: Record<string, string> }).params
      params.deny = '1'
      const lease = kit.channel('private-refused')
      const news = [kit.channel('news'), kit.channel('news')]
      const { user } = await open(kit)
      await user.click(tab(/^Channels/))
      await waitFor(() =>
        expect(row('private-refused')?.querySelector('[data-ck-part=status]')?.textContent).toBe('error'),
      )
      expect(row('private-refused')?.textContent).toContain('AuthError 403')
      await waitFor(() =>
        expect(row('news')?.querySelector('[data-ck-part=status]')?.textContent).toBe('subscribed'),
      )
      expect(row('news')?.querySelectorAll('td')[1]?.textContent).toBe('2')
      delete params.deny
      await user.click(within(row('private-refused')!).getByRole('button', { name: 'Retry private-refused' }))
      await waitFor(() =>
        expect(row('private-refused')?.querySelector('[data-ck-part=status]')?.textContent).toBe(
          'subscribed',
        ),
      )
      expect(within(row('private-refused')!).queryByRole('button')).toBeNull()
      lease.release()
      for (const held of news) held.release()
    })

    it('logs a frame as it arrives; a row opens its payload; filters, pause and clear', async () => {
      const kit = kits.kit(alice)
      const lease = kit.channel('private-orders')
      const { user } = await open(kit)
      await user.click(tab(/^Events/))
      await expect.poll(() => lease.store.getSnapshot().status).toBe('subscribed')
      await server.pusher().trigger('private-orders', 'order-shipped', { order: 42 })
      const listbox = await within(panel()).findByRole('listbox', { name: 'Events in and out' })
      const shipped = await within(listbox).findByRole('option', { name: /order-shipped/ })
      expect(shipped.textContent).toContain('private-orders')
      expect(shipped.textContent).toContain('12 B')
      expect(shipped.textContent).toContain('↓ in')
      await user.click(shipped)
      expect(shipped.getAttribute('aria-selected')).toBe('true')
      const payload = within(panel()).getByRole('region', { name: 'Payload' })
      expect(within(payload).getByLabelText('Payload JSON').textContent).toBe('{\n  "order": 42\n}')
      // Arrow keys move the selection (and focus) through the rows.
      shipped.focus()
      await user.keyboard('{ArrowDown}')
      const next = within(listbox).getAllByRole('option')[1]!
      expect(next.getAttribute('aria-selected')).toBe('true')
      expect(document.activeElement).toBe(next)

      await user.type(within(panel()).getByLabelText('Event filter'), 'shipped')
      expect(
        within(listbox)
          .getAllByRole('option')
          .map((o) => o.dataset.ckEvent),
      ).toEqual(['order-shipped'])
      await user.clear(within(panel()).getByLabelText('Event filter'))
      await user.click(within(panel()).getByRole('button', { name: 'Pause' }))
      expect(within(panel()).getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBe(
        'true',
      )
      await server.pusher().trigger('private-orders', 'while-paused', {})
      await waitFor(() =>
        expect(panel().querySelector('[data-ck-part=log-count]')?.textContent).toContain('1 skipped'),
      )
      await user.click(within(panel()).getByRole('button', { name: 'Resume' }))
      await user.click(within(panel()).getByRole('button', { name: 'Clear' }))
      expect(within(panel()).getByText('No events yet.')).toBeTruthy()
      lease.release()
    })

    it('the event creator fires an event through the control endpoint; the app gets it', async () => {
      const kit = kits.kit(alice)
      const lease = kit.channel('orders')
      const got: unknown[] = []
      lease.bind('order-placed', (data) => got.push(data))
      const { user } = await open(kit, { trigger: { token: server.control!.token } })
      await user.click(tab('Trigger'))
      const form = within(panel()).getByRole('form', { name: 'Event creator' })
      expect(form.textContent).toContain(`POST ${server.url}/control/trigger`)
      await user.type(within(form).getByLabelText('Channel'), 'orders')
      await user.type(within(form).getByLabelText('Event'), 'order-placed')
      await user.clear(within(form).getByLabelText('Data (JSON)'))
      await user.type(within(form).getByLabelText('Data (JSON)'), '{{"id":7}')
      await expect.poll(() => lease.store.getSnapshot().status).toBe('subscribed')
      await user.click(within(form).getByRole('button', { name: 'Trigger event' }))
      await waitFor(() =>
        expect(within(form).getByRole('status').textContent).toBe('Sent order-placed to orders.'),
      )
      await expect.poll(() => got).toEqual([{ id: 7 }])
      lease.release()
    })

    it('resizes by keyboard within bounds', async () => {
      const kit = kits.kit(alice)
      const { user } = await open(kit, { initialHeight: 300 })
      const handle = within(panel()).getByRole('separator', { name: 'Resize devtools' })
      expect(handle.getAttribute('aria-valuenow')).toBe('300')
      handle.focus()
      await user.keyboard('{ArrowUp}{ArrowUp}')
      expect(handle.getAttribute('aria-valuenow')).toBe('348')
      await user.keyboard('{Home}')
      expect(handle.getAttribute('aria-valuenow')).toBe('120')
      expect(panel().closest<HTMLElement>('[data-ck-devtools]')?.style.getPropertyValue('--ckd-height')).toBe(
        '120px',
      )
    })

    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations in any tab (${theme})`, async () => {
        const kit = kits.kit(alice)
        const room = kit.presence('presence-axe')
        const { user } = await open(kit, { theme, trigger: { token: 'x' } })
        await expect.poll(() => room.presence.getSnapshot().count).toBe(1)
        await server.pusher().trigger('presence-axe', 'hello', { to: 'you' })
        const root = panel().closest<HTMLElement>('[data-ck-devtools]')!
        expect(root.dataset.theme).toBe(theme)
        for (const name of [/^Connection/, /^Channels/, /^Presence/, /^Events/, /^Trigger/]) {
          await user.click(tab(name))
          if (String(name).includes('Events')) {
            const first = await within(panel()).findAllByRole('option')
            await user.click(first[0]!)
          }
          await expectNoAxeViolations(root)
        }
        room.release()
      })
    }
  })
}
