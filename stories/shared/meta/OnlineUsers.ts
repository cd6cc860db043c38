import { expect, userEvent, within } from 'storybook/test'
import { alice, anonymous, carol, crowd, many } from '../fixtures'
import { hostileMe, hostileMembers } from '../hostile'
import { componentDocs, storyDocs } from './docs'

/** The meta of the OnlineUsers stories, React and Vue alike, but for title and component. */
export const onlineUsersMeta = {
  args: { members: many, status: 'subscribed', variant: 'stack' },
  argTypes: {
    status: { control: 'inline-radio', options: ['subscribing', 'subscribed', 'error', 'unsubscribed'] },
    variant: { control: 'inline-radio', options: ['stack', 'list'] },
    max: { control: { type: 'number', min: 1 } },
  },
  parameters: componentDocs(
    'Who is online on a presence channel. `OnlineUsers` (connected: takes `channel`) renders this view from the live roster.',
  ),
} as const

/**
 * Each OnlineUsers story by export name, but for its name and play function. CustomItem leaves out the item
 * template: a render prop in React, a slot in Vue.
 */
export const onlineUsersStories = {
  Empty: { args: { members: [] } },
  Loading: { args: { members: [], status: 'subscribing' } },
  One: { args: { members: [alice] } },
  Overflow: { args: { members: crowd, max: 4 } },
  Me: { args: { me: carol.id } },
  List: { args: { members: [...many, anonymous], variant: 'list', me: carol.id } },
  ListOverflow: { args: { members: crowd, variant: 'list', max: 3, me: alice.id } },
  ErrorState: { args: { members: [], status: 'error' } },
  CustomItem: { args: { variant: 'list', me: alice.id } },
  UntrustedNames: {
    args: { variant: 'list', members: [{ id: 'x', info: { name: '<img src=x onerror=alert(1)>' } }, alice] },
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
