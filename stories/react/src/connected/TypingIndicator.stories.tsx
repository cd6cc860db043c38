import { TypingIndicator } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { connectedMeta } from '../../../shared/meta/Connected'
import { withLiveKit } from '../LiveRoom'

// The connected component, live: its docs page lists its props. Tags stay here: Storybook reads them statically.
const meta = {
  title: 'Connected/TypingIndicator',
  tags: ['live'],
  component: TypingIndicator,
  ...connectedMeta.TypingIndicator,
  decorators: [withLiveKit],
} satisfies Meta<typeof TypingIndicator>

export default meta
type Story = StoryObj<typeof meta>

export const Live: Story = {}
