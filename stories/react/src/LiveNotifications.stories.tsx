import { LiveNotificationsView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { notification } from '../../shared/fixtures'

const deploy = notification({ title: 'Deploy finished', message: 'main is live on production' })
const comment = notification({ title: 'New comment', message: 'Bob: looks great, ship it!' })
const plain = notification('Carol joined the room')
const invoice = notification({ title: 'Invoice paid', message: '$1,200.00 from ACME Corp.', amount: 1200 })

const meta = {
  title: 'Components/LiveNotifications',
  component: LiveNotificationsView,
  args: { notifications: [deploy], onDismiss: fn(), onPause: fn(), onResume: fn() },
  decorators: [
    (Story) => (
      <div className="ck-story-frame">
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'A toast stack. `LiveNotifications` (connected: `channel` + `event`) queues events, shows `max` at once and dismisses after `duration`, pausing on hover and focus.',
      },
    },
  },
} satisfies Meta<typeof LiveNotificationsView>

export default meta
type Story = StoryObj<typeof meta>

export const Single: Story = {}
export const MessageOnly: Story = { args: { notifications: [plain] } }
export const Queue: Story = { args: { notifications: [deploy, comment, plain], queued: 4 } }
export const Paused: Story = { args: { notifications: [deploy, comment], paused: true } }
export const WithAction: Story = {
  args: {
    notifications: [comment],
    action: () => ({ label: 'Reply', onAction: () => {} }),
  },
}
export const CustomTemplate: Story = {
  args: {
    notifications: [invoice],
    renderNotification: (n, { dismiss }) => {
      const data = n.data as { title: string; amount: number }
      return (
        <div>
          <strong>{data.title}</strong>
          <p>
            Amount:{' '}
            <output>{data.amount.toLocaleString('en-US', { style: 'currency', currency: 'USD' })}</output>
          </p>
          <button type="button" className="ck-toast-action" onClick={dismiss}>
            Got it
          </button>
        </div>
      )
    },
  },
}
export const UntrustedText: Story = {
  name: 'Untrusted text (rendered as text)',
  args: {
    notifications: [notification({ title: '<img src=x onerror=alert(1)>', message: '<b>not bold</b>' })],
  },
}
