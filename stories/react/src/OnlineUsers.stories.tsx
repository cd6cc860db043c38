import { OnlineUsersView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { onlineUsersMeta, openOverflow, onlineUsersStories as stories } from '../../shared/meta/OnlineUsers'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the Vue twin.
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
  args: {
    ...stories.CustomItem.args,
    renderItem: ({ name, initials, isMe }) => (
      <span>
        <b aria-hidden="true">{initials}</b> {name}
        {isMe && ' ★'}
      </span>
    ),
  },
}
export const UntrustedNames: Story = { ...stories.UntrustedNames, name: 'Untrusted names (rendered as text)' }
export const Translated: Story = { ...stories.Translated }
