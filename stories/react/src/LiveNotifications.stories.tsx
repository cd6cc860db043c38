import { LiveNotificationsView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  type Invoice,
  liveNotificationsMeta,
  liveNotificationsStories as stories,
} from '../../shared/meta/LiveNotifications'
import { withStoryFrame } from './storyFrame'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the Vue twin.
const meta = {
  title: 'Components/LiveNotifications',
  component: LiveNotificationsView,
  ...liveNotificationsMeta,
  decorators: [withStoryFrame],
} satisfies Meta<typeof LiveNotificationsView>

export default meta
type Story = StoryObj<typeof meta>

export const Single: Story = {}
export const Severities: Story = { ...stories.Severities }
export const MessageOnly: Story = { ...stories.MessageOnly }
export const Queue: Story = { ...stories.Queue }
export const Paused: Story = { ...stories.Paused }
export const WithAction: Story = { ...stories.WithAction }
export const CustomTemplate: Story = {
  args: {
    ...stories.CustomTemplate.args,
    renderNotification: (n, { dismiss }) => {
      const data = n.data as Invoice
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
export const UntrustedText: Story = { ...stories.UntrustedText, name: 'Untrusted text (rendered as text)' }
