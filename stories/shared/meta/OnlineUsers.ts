import { expect, userEvent, within } from 'storybook/test'
import { alice, anonymous, brokenAvatar, carol, crowd, many, palette, wideInitials } from '../fixtures'
import { hostileMe, hostileMembers } from '../hostile'
import { componentDocs, storyDocs } from './docs'

/** The meta of the OnlineUsers stories, React and Vue alike, but for title and component. */
export const onlineUsersMeta = {
  args: { members: many, me: carol.id, status: 'subscribed', variant: 'stack', size: 'md' },
  argTypes: {
    status: { control: 'inline-radio', options: ['subscribing', 'subscribed', 'error', 'unsubscribed'] },
    variant: { control: 'inline-radio', options: ['stack', 'list'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    stale: { control: 'boolean' },
    max: { control: { type: 'number', min: 1 } },
  },
  parameters: componentDocs(
    'Who is online on a presence channel: the current user first (never behind "+N"), each avatar in the colour of its member id, a picture from `info.avatar` with initials when it fails. `OnlineUsers` (connected: takes `channel`) renders this view from the live roster, greyed and announced as stale while reconnecting.',
  ),
} as const

/**
 * Each OnlineUsers story by export name, but for its name and play function. CustomItem leaves out the item
 * template: a render prop in React, a slot in Vue.
 */
export const onlineUsersStories = {
  Empty: { args: { members: [], me: undefined } },
  Loading: { args: { members: [], me: undefined, status: 'subscribing' } },
  One: { args: { members: [alice], me: undefined } },
  Overflow: { args: { members: crowd, max: 4, me: undefined } },
  CurrentUserFirst: {
    args: { members: crowd, max: 3, me: anonymous.id },
    parameters: storyDocs(
      'The current user is shown first, whatever their place in the roster, and never behind "+N".',
    ),
  },
  List: { args: { members: [...many, anonymous], variant: 'list' } },
  ListOverflow: { args: { members: crowd, variant: 'list', max: 3, me: alice.id } },
  Stale: {
    args: { stale: true, status: 'unsubscribed' },
    parameters: storyDocs(
      'The last roster known while the connection is down: greyed, and a status region tells assistive technology it may be out of date.',
    ),
  },
  Palette: {
    args: { members: palette, me: undefined, variant: 'list' },
    parameters: storyDocs(
      'The eight avatar colours (`--ck-avatar-1` … `-8`), picked from each member id; every one is 4.5:1 or more against its initials in both themes.',
    ),
  },
  WideInitials: {
    args: { members: wideInitials, me: undefined, max: 4 },
    parameters: storyDocs('Wide initials in a stack: the next avatar never covers them.'),
  },
  Small: { args: { size: 'sm' } },
  Large: { args: { size: 'lg', max: 3 } },
  ImageFallback: {
    args: { members: [brokenAvatar, alice], me: undefined, variant: 'list' },
    parameters: storyDocs('A picture that fails to load gives way to initials.'),
  },
  ErrorState: { args: { members: [], me: undefined, status: 'error' } },
  CustomItem: { args: { variant: 'list', me: alice.id } },
  UntrustedNames: {
    args: {
      variant: 'list',
      me: undefined,
      members: [{ id: 'x', info: { name: '<img src=x onerror=alert(1)>' } }, alice],
    },
  },
  Translated: {
    args: { labels: { count: (n: number) => `${n} en ligne`, you: '(vous)' }, me: alice.id, variant: 'list' },
  },
} as const

/** A play function: opens the "+4" overflow and checks that the people behind it show. */
export async function openOverflow({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: '4 people more' }))
  await expect(canvas.getByRole('list', { name: 'More people online' })).toBeVisible()
}

export const hostileOnlineUsersMeta = {
  args: { members: hostileMembers, me: hostileMe, max: 4, variant: 'list' },
} as const

export const hostileOnlineUsersStories = {
  HostileContent: {
    parameters: storyDocs(
      'Names with markup and script, 500 unbroken characters, RTL, a bidi override, emoji: inert text, ellipsized.',
    ),
  },
  HostileContentStack: { args: { variant: 'stack' } },
} as const
