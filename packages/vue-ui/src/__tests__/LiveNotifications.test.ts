import { alice, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { setupTestServer } from '@channelkit/testing/vitest'
import { createPlugin } from '@channelkit/testing/vue'
import userEvent from '@testing-library/user-event'
import { render, screen, waitFor, within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { LiveNotifications } from '../LiveNotifications'

const server = setupTestServer({ user: alice })
const toasts = () => screen.queryAllByRole('listitem').map((li) => li.firstChild?.textContent)

describe('LiveNotifications (Vue, live)', () => {
  it('shows notifications triggered through the server SDK, max visible, the rest queued', async () => {
    const channel = unique('alerts-')
    const { container } = render(LiveNotifications, {
      props: { channel, event: 'alert', max: 2, duration: 0 },
      global: { plugins: [createPlugin(server)] },
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
    expect(toasts()).toEqual(['BuildBuild done', 'ReviewReview done'])
    expect(screen.queryByText('1 more')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Review: Review done')
  })

  it('maps payloads and auto-dismisses', async () => {
    const channel = unique('alerts-')
    render(LiveNotifications, {
      global: { plugins: [createPlugin(server)] },
      props: {
        channel,
        event: 'alert',
        duration: 200,
        map: (data: unknown) => ((data as { urgent?: boolean }).urgent ? 'Urgent!' : null),
      },
    })
    await server.subscribed(channel)
    const sdk = server.localServer.pusher()
    await sdk.trigger(channel, 'alert', { urgent: false })
    await sdk.trigger(channel, 'alert', { urgent: true })
    await waitFor(() => expect(toasts()).toEqual(['Urgent!']))
    await waitFor(() => expect(toasts()).toEqual([]))
  })
})
