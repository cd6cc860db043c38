import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { withDevtools } from '../../shared/devtools/withDevtoolsVue'
import { liveRoomMeta } from '../../shared/meta/LiveRoom'
import { LiveControlPanel, LiveRoom, withLiveKit } from './LiveRoom'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the React twin.
const meta = {
  title: 'Live/Room',
  component: LiveRoom,
  tags: ['!autodocs', 'live'],
  ...liveRoomMeta,
  // The devtools panel is the debug view; it sits inside the kit, so it comes first (innermost).
  decorators: [withDevtools, withLiveKit],
} satisfies Meta<typeof LiveRoom>

export default meta
type Story = StoryObj<typeof meta>

export const Playground: Story = {}

export const EventCreator: Story = {
  name: 'Event creator',
  render: () => () => h('div', { class: 'ck-live' }, [h(LiveControlPanel)]),
}

export const Debug: Story = {
  render: () => () =>
    h('p', 'The devtools panel below shows this story’s kit: connection, channels, roster, events.'),
}
