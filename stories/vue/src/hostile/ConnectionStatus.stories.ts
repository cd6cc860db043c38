import { ConnectionStatusView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import {
  hostileConnectionStatusMeta,
  hostileConnectionStatusStories as stories,
} from '../../../shared/meta/ConnectionStatus'

// Same title as ConnectionStatus.stories.ts: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatusView,
  ...hostileConnectionStatusMeta,
} satisfies Meta<typeof ConnectionStatusView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
