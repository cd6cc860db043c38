import { ConnectionStatusView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { fn } from 'storybook/test'
import { hostileConnectionLabels } from '../../../shared/hostile'

// Same title as ConnectionStatus.stories.ts: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatusView,
  args: { state: 'failed', labels: hostileConnectionLabels, onRetry: fn() },
} satisfies Meta<typeof ConnectionStatusView>

export default meta
type Story = StoryObj<typeof meta>

/** Labels (translations are app strings too) with markup and 500 unbroken characters: inert, ellipsized. */
export const HostileContent: Story = { name: 'Hostile content' }
