import type { Notification } from '@channelkit/core'
import { LiveNotificationsView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import {
  type Invoice,
  liveNotificationsMeta,
  liveNotificationsStories as stories,
} from '../../shared/meta/LiveNotifications'
import InvoiceToast from './InvoiceToast.vue'
import { withStoryFrame } from './storyFrame'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the React twin.
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
  ...stories.CustomTemplate,
  render: (args) => () =>
    h(LiveNotificationsView, args, {
      notification: ({ notification: n, dismiss }: { notification: Notification; dismiss: () => void }) => {
        const data = n.data as Invoice
        return h(InvoiceToast, { title: data.title, amount: data.amount, onDismiss: dismiss })
      },
    }),
}
export const UntrustedText: Story = { ...stories.UntrustedText, name: 'Untrusted text (rendered as text)' }
