import type { MemberDisplay } from '@channelkit/core/ui'
import { OnlineUsersView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { onlineUsersMeta, openOverflow, onlineUsersStories as stories } from '../../shared/meta/OnlineUsers'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the React twin.
const meta = {
  title: 'Components/OnlineUsers',
  component: OnlineUsersView,
  ...onlineUsersMeta,
} satisfies Meta<typeof OnlineUsersView>

export default meta
type Story = StoryObj<typeof meta>

export const Many: Story = { name: 'Many (current user first)' }
export const Overflow: Story = { ...stories.Overflow }
export const OverflowOpen: Story = { ...stories.Overflow, name: 'Overflow (open)', play: openOverflow }
export const CurrentUserFirst: Story = { ...stories.CurrentUserFirst, name: 'Current user never behind +N' }
export const List: Story = { ...stories.List }
export const ListOverflow: Story = { ...stories.ListOverflow }
export const Stale: Story = { ...stories.Stale, name: 'Stale (reconnecting)' }
export const Palette: Story = { ...stories.Palette, name: 'Avatar colours' }
export const WideInitials: Story = { ...stories.WideInitials, name: 'Wide initials' }
export const Small: Story = { ...stories.Small }
export const Large: Story = { ...stories.Large }
export const ImageFallback: Story = { ...stories.ImageFallback, name: 'Picture fallback' }
export const One: Story = { ...stories.One }
export const Empty: Story = { ...stories.Empty }
export const Loading: Story = { ...stories.Loading }
export const ErrorState: Story = { ...stories.ErrorState, name: 'Error' }
export const CustomItem: Story = {
  ...stories.CustomItem,
  render: (args) => () =>
    h(OnlineUsersView, args, {
      item: ({ name, initials, isMe }: MemberDisplay) =>
        h('span', [h('b', { 'aria-hidden': 'true' }, initials), ` ${name}`, isMe ? ' ★' : null]),
    }),
}
export const UntrustedNames: Story = { ...stories.UntrustedNames, name: 'Untrusted names (rendered as text)' }
export const Translated: Story = { ...stories.Translated }
