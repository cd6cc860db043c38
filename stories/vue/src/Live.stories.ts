import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { liveChannels } from '../../shared/liveChannels'
import { liveRoomMeta } from '../../shared/meta/LiveRoom'
import { DebugView } from './DebugView'
import { LiveControlPanel, LiveRoom, withLiveKit } from './LiveRoom'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the React twin.
const meta = {
  title: 'Live/Room',
  component: LiveRoom,
  tags: ['!autodocs', 'live'],
  ...liveRoomMeta,
  decorators: [withLiveKit],
} satisfies Meta<typeof LiveRoom>

export default meta
type Story = StoryObj<typeof meta>

export const Playground: Story = {}

export const EventCreator: Story = {
  name: 'Event creator',
  render: () => () =>
    h('div', { class: 'ck-live' }, [
      h(DebugView, { channels: [liveChannels.notifications] }),
      h(LiveControlPanel),
    ]),
}

export const Debug: Story = {
  render: () => () => h(DebugView, { channels: [liveChannels.presence, liveChannels.notifications] }),
}
