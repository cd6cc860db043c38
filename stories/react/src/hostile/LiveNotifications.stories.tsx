import { LiveNotificationsView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  hostileLiveNotificationsMeta,
  hostileLiveNotificationsStories as stories,
} from '../../../shared/meta/LiveNotifications'
import { withStoryFrame } from '../storyFrame'

// Same title as LiveNotifications.stories.tsx: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/LiveNotifications',
  component: LiveNotificationsView,
  ...hostileLiveNotificationsMeta,
  decorators: [withStoryFrame],
} satisfies Meta<typeof LiveNotificationsView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
