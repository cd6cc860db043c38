import {
  type ChannelStatus,
  defaultLabels,
  describeMember,
  type Member,
  type MemberDisplay,
  type OnlineUsersLabels,
  onlineUsersState,
  splitOverflow,
} from '@channelkit/core'
import { type FocusEvent, type ReactNode, useState } from 'react'
import { Avatar } from './Avatar'
import { cx } from './cx'

export interface OnlineUsersViewProps {
  members: readonly Member[]
  /** The current user's id: marked with `data-ck-me` and "(you)". */
  me?: string | undefined
  /** The presence channel's status: 'subscribing' (or 'unsubscribed') shows the loading state. Default 'subscribed'. */
  status?: ChannelStatus
  /** Show at most this many; the rest go behind a "+N" button that lists them on hover and focus. */
  max?: number
  /** 'stack': overlapping avatars, names for screen readers only; 'list': avatar and name rows. Default 'stack'. */
  variant?: 'stack' | 'list'
  /** Replaces the content of each item (avatar and name). */
  renderItem?: (person: MemberDisplay) => ReactNode
  labels?: Partial<OnlineUsersLabels>
  className?: string
}

/** Who is online, from plain props: avatar stack or list, "+N" overflow, empty/loading/error states. */
export function OnlineUsersView({
  members,
  me,
  status = 'subscribed',
  max,
  variant = 'stack',
  renderItem,
  labels: overrides,
  className,
}: OnlineUsersViewProps): ReactNode {
  const labels = { ...defaultLabels.onlineUsers, ...overrides }
  const [open, setOpen] = useState(false)
  const state = onlineUsersState(status, members.length)
  const { shown, hidden } = splitOverflow(members, max)

  const item = (member: Member) => {
    const person = describeMember(member, me)
    return (
      <li
        key={member.id}
        className="ck-online-users-item"
        data-ck-part="item"
        data-ck-me={person.isMe ? '' : undefined}
      >
        {renderItem ? (
          renderItem(person)
        ) : (
          <>
            <Avatar person={person} />
            <span className="ck-online-users-name" data-ck-part="name">
              {person.name}
              {person.isMe && (
                <span className="ck-online-users-you" data-ck-part="you">
                  {' '}
                  {labels.you}
                </span>
              )}
            </span>
          </>
        )}
      </li>
    )
  }

  const closeOnFocusOut = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of people, not a form fieldset
    <div
      className={cx('ck-online-users', className)}
      data-ck-scope="online-users"
      data-ck-part="root"
      data-ck-variant={variant}
      data-ck-state={state}
      role="group"
      aria-label={labels.count(members.length)}
      aria-busy={state === 'loading' || undefined}
    >
      {state === 'ready' ? (
        <ul className="ck-online-users-list" data-ck-part="list">
          {shown.map(item)}
          {hidden.length > 0 && (
            <li
              className="ck-online-users-more"
              data-ck-part="more"
              onMouseEnter={() => setOpen(true)}
              onMouseLeave={(event) => {
                if (!event.currentTarget.contains(document.activeElement)) setOpen(false)
              }}
              onFocus={() => setOpen(true)}
              onBlur={closeOnFocusOut}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setOpen(false)
              }}
            >
              <button
                type="button"
                className="ck-online-users-more-button"
                data-ck-part="more-button"
                data-ck-state={open ? 'open' : 'closed'}
                aria-expanded={open}
                aria-label={labels.moreLabel(hidden.length)}
                onClick={() => setOpen(true)}
              >
                {labels.more(hidden.length)}
              </button>
              <ul
                className="ck-online-users-more-list"
                data-ck-part="more-list"
                aria-label={labels.moreList}
                hidden={!open}
              >
                {hidden.map(item)}
              </ul>
            </li>
          )}
        </ul>
      ) : (
        <p className="ck-online-users-status" data-ck-part="status">
          {labels[state]}
        </p>
      )}
    </div>
  )
}
