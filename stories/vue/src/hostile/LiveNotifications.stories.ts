import { LiveNotificationsView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { fn } from 'storybook/test'
import { h } from 'vue'
import { notification } from '../../../shared/fixtures'
import { hostileActionLabel, hostileNotifications } from '../../../shared/hostile'

// Same title as LiveNotifications.stories.ts: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/LiveNotifications',
  component: LiveNotificationsView,
  args: {
    notifications: hostileNotifications.map(notification),
    action: () => ({ label: hostileActionLabel, onAction: () => {} }),
    onDismiss: fn(),
  },
  decorators: [(story) => ({ setup: () => () => h('div', { class: 'ck-story-frame' }, [h(story())]) })],
} satisfies Meta<typeof LiveNotificationsView>

export default meta
type Story = StoryObj<typeof meta>

/** Titles, messages and an action label with markup, script, 500 unbroken characters, RTL and emoji: they wrap. */
export const HostileContent: Story = { name: 'Hostile content' }
