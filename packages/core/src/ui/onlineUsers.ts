import type { ChannelStatus, Member } from '../types'
import { flag, type PartProps, part, root } from './anatomy'
import { defaultLabels, type OnlineUsersLabels } from './labels'
import { describeMember, type MemberDisplay } from './memberDisplay'
import { type OnlineUsersState, onlineUsersState } from './onlineUsersState'
import { splitOverflow } from './overflow'

export interface OnlineUsersInput {
  members: readonly Member[]
  /** The current user's id. */
  me?: string | undefined
  status?: ChannelStatus
  max?: number | undefined
  variant?: 'stack' | 'list'
  labels?: Partial<OnlineUsersLabels> | undefined
  /** Whether the "+N" list is open. */
  open?: boolean
}

export interface OnlineUsersAnatomy {
  state: OnlineUsersState
  labels: OnlineUsersLabels
  /** Shown in the list, and behind "+N". */
  shown: MemberDisplay[]
  hidden: MemberDisplay[]
  /** The text of the status line (loading, empty, error) when `state` is not 'ready'. */
  statusText: string
  rootProps: PartProps
  listProps: PartProps
  itemProps(person: MemberDisplay): PartProps
  avatarProps(person: MemberDisplay): PartProps
  avatarImageProps(person: MemberDisplay): PartProps
  avatarInitialsProps: PartProps
  nameProps: PartProps
  youProps: PartProps
  moreProps: PartProps
  moreButtonProps: PartProps
  moreListProps: PartProps
  statusProps: PartProps
}

/** Everything `OnlineUsers` renders, for any renderer: avatar stack or list, "+N", empty/loading/error. */
export function onlineUsers({
  members,
  me,
  status = 'subscribed',
  max,
  variant = 'stack',
  labels: overrides,
  open = false,
}: OnlineUsersInput): OnlineUsersAnatomy {
  const labels = { ...defaultLabels.onlineUsers, ...overrides }
  const state = onlineUsersState(status, members.length)
  const split = splitOverflow(members, max)
  const display = (list: readonly Member[]) => list.map((member) => describeMember(member, me))
  return {
    state,
    labels,
    shown: display(split.shown),
    hidden: display(split.hidden),
    statusText: state === 'ready' ? '' : labels[state],
    rootProps: root('online-users', {
      'data-ck-variant': variant,
      'data-ck-state': state,
      role: 'group',
      'aria-label': labels.count(members.length),
      'aria-busy': state === 'loading' ? 'true' : undefined,
    }),
    listProps: part('ck-online-users-list', 'list'),
    itemProps: (person) => part('ck-online-users-item', 'item', { 'data-ck-me': flag(person.isMe) }),
    // Decorative: the name is always next to it as text.
    avatarProps: (person) => part('ck-avatar', 'avatar', { title: person.name, 'aria-hidden': 'true' }),
    avatarImageProps: (person) => ({ class: 'ck-avatar-image', src: person.avatar, alt: '' }),
    avatarInitialsProps: { class: 'ck-avatar-initials' },
    nameProps: part('ck-online-users-name', 'name'),
    youProps: part('ck-online-users-you', 'you'),
    moreProps: part('ck-online-users-more', 'more'),
    moreButtonProps: part('ck-online-users-more-button', 'more-button', {
      type: 'button',
      'data-ck-state': open ? 'open' : 'closed',
      'aria-expanded': open ? 'true' : 'false',
      'aria-label': labels.moreLabel(split.hidden.length),
    }),
    moreListProps: part('ck-online-users-more-list', 'more-list', {
      'aria-label': labels.moreList,
      hidden: !open,
    }),
    statusProps: part('ck-online-users-status', 'status'),
  }
}
