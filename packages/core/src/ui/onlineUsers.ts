import type { ChannelStatus, Member } from '../types'
import { flag, type PartProps, part, root } from './anatomy'
import { defaultUI, type UIContext } from './config'
import { formatLabel } from './format'
import type { OnlineUsersLabels } from './labels'
import { describeMember, type MemberDisplay } from './memberDisplay'
import { type OnlineUsersState, onlineUsersState } from './onlineUsersState'
import { splitOverflow } from './overflow'

export type AvatarSize = 'sm' | 'md' | 'lg'

export interface OnlineUsersInput {
  members: readonly Member[]
  /** The current user's id: shown first, never behind "+N". */
  me?: string | undefined
  status?: ChannelStatus
  /**
   * Whether the roster is the last one known rather than a live one (core's `PresenceSnapshot.stale`).
   * Default: members shown while the channel is not subscribed.
   */
  stale?: boolean | undefined
  max?: number | undefined
  variant?: 'stack' | 'list' | undefined
  size?: AvatarSize | undefined
  labels?: Partial<OnlineUsersLabels> | undefined
  /** App-wide settings (locale, direction, labels). */
  ui?: UIContext | undefined
  /** Whether the "+N" list is open. */
  open?: boolean
  /** Picture URLs that failed to load: their members show initials. */
  failed?: ReadonlySet<string> | undefined
}

export interface OnlineUsersAnatomy {
  state: OnlineUsersState
  stale: boolean
  /** Shown in the list (the current user first), and behind "+N". */
  shown: MemberDisplay[]
  hidden: MemberDisplay[]
  /** The text of the status line (loading, empty, error) when `state` is not 'ready'. */
  statusText: string
  /** "(you)" after the current user's name. */
  youText: string
  /** "+3" */
  moreText: string
  /** What the hidden status region says: the stale notice, or ''. */
  staleText: string
  rootProps: PartProps
  listProps: PartProps
  itemProps(person: MemberDisplay): PartProps
  avatarProps(person: MemberDisplay): PartProps
  /** The picture of `person`, when they have one that did not fail (else show initials). */
  showImage(person: MemberDisplay): boolean
  avatarImageProps(person: MemberDisplay): PartProps
  avatarInitialsProps: PartProps
  nameProps: PartProps
  youProps: PartProps
  moreProps: PartProps
  moreButtonProps: PartProps
  moreListProps: PartProps
  statusProps: PartProps
  /** A polite status region (render it visually hidden, always) that says when the roster goes stale. */
  staleProps: PartProps
}

const meFirst = (members: readonly Member[], me: string | undefined): readonly Member[] => {
  const at = me === undefined ? -1 : members.findIndex((m) => m.id === me)
  return at <= 0 ? members : [members[at]!, ...members.slice(0, at), ...members.slice(at + 1)]
}

/**
 * Everything `OnlineUsers` renders, for any renderer: avatar stack or list with the current user first,
 * "+N", empty/loading/error, and a stale roster while reconnecting.
 */
export function onlineUsers({
  members,
  me,
  status = 'subscribed',
  stale,
  max,
  variant = 'stack',
  size = 'md',
  labels: overrides,
  ui = defaultUI,
  open = false,
  failed,
}: OnlineUsersInput): OnlineUsersAnatomy {
  const labels = { ...ui.labels.onlineUsers, ...overrides }
  const format = (label: OnlineUsersLabels['count'], count: number) =>
    formatLabel(label, [count], { count }, ui.locale)
  const state = onlineUsersState(status, members.length)
  const isStale = state === 'ready' && (stale ?? status !== 'subscribed')
  const split = splitOverflow(meFirst(members, me), max)
  const display = (list: readonly Member[]) => list.map((member) => describeMember(member, me))
  const hidden = split.hidden.length
  const showImage = (person: MemberDisplay) => person.avatar !== undefined && !failed?.has(person.avatar)
  return {
    state,
    stale: isStale,
    shown: display(split.shown),
    hidden: display(split.hidden),
    statusText: state === 'ready' ? '' : labels[state],
    youText: labels.you,
    moreText: format(labels.more, hidden),
    staleText: isStale ? labels.stale : '',
    rootProps: root('online-users', {
      dir: ui.dir,
      'data-ck-variant': variant,
      'data-ck-size': size,
      'data-ck-state': state,
      'data-ck-stale': flag(isStale),
      role: 'group',
      'aria-label': format(labels.count, members.length),
      'aria-busy': state === 'loading' ? 'true' : undefined,
      title: isStale ? labels.stale : undefined,
    }),
    listProps: part('ck-online-users-list', 'list'),
    itemProps: (person) => part('ck-online-users-item', 'item', { 'data-ck-me': flag(person.isMe) }),
    // Decorative: the name is always next to it as text.
    avatarProps: (person) =>
      part('ck-avatar', 'avatar', {
        'data-ck-color': person.color,
        'data-ck-image': flag(showImage(person)),
        title: person.name,
        'aria-hidden': 'true',
      }),
    showImage,
    avatarImageProps: (person) => part('ck-avatar-image', 'avatar-image', { src: person.avatar, alt: '' }),
    avatarInitialsProps: part('ck-avatar-initials', 'avatar-initials'),
    nameProps: part('ck-online-users-name', 'name'),
    youProps: part('ck-online-users-you', 'you'),
    moreProps: part('ck-online-users-more', 'more'),
    moreButtonProps: part('ck-online-users-more-button', 'more-button', {
      type: 'button',
      'data-ck-state': open ? 'open' : 'closed',
      'aria-expanded': open ? 'true' : 'false',
      'aria-label': format(labels.moreLabel, hidden),
    }),
    moreListProps: part('ck-online-users-more-list', 'more-list', {
      'aria-label': labels.moreList,
      hidden: !open,
    }),
    statusProps: part('ck-online-users-status', 'status'),
    staleProps: part('ck-online-users-stale', 'stale', { role: 'status' }),
  }
}
