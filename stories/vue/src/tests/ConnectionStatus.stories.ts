import { ConnectionStatusView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import {
  hostileConnectionStatusMeta,
  hostileConnectionStatusStories as stories,
} from '../../../shared/meta/ConnectionStatus'

// Under Tests: content no designer would pick, checked by e2e/uiSafety.test.ts.
const meta = {
  title: 'Tests/ConnectionStatus',
  tags: ['!autodocs'],
  component: ConnectionStatusView,
  ...hostileConnectionStatusMeta,
} satisfies Meta<typeof ConnectionStatusView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
