import type { ChannelStatus, Member } from '@channelkit/core'
import { type MemberDisplay, type OnlineUsersLabels, onlineUsers, reactProps } from '@channelkit/core/ui'
import { type FocusEvent, type ReactNode, useState } from 'react'
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
  status,
  max,
  variant,
  renderItem,
  labels,
  className,
}: OnlineUsersViewProps): ReactNode {
  const [open, setOpen] = useState(false)
  const ui = onlineUsers({ members, me, status, max, variant, labels, open })

  const item = (person: MemberDisplay) => (
    <li key={person.member.id} {...reactProps(ui.itemProps(person))}>
      {renderItem ? (
        renderItem(person)
      ) : (
        <>
          <span {...reactProps(ui.avatarProps(person))}>
            {person.avatar ? (
              <img {...reactProps(ui.avatarImageProps(person))} alt="" />
            ) : (
              <span {...reactProps(ui.avatarInitialsProps)}>{person.initials}</span>
            )}
          </span>
          <span {...reactProps(ui.nameProps)}>
            {person.name}
            {person.isMe && <span {...reactProps(ui.youProps)}> {ui.labels.you}</span>}
          </span>
        </>
      )}
    </li>
  )

  const closeOnFocusOut = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  return (
    <div {...reactProps(ui.rootProps)} className={cx(ui.rootProps.class as string, className)}>
      {ui.state === 'ready' ? (
        <ul {...reactProps(ui.listProps)}>
          {ui.shown.map(item)}
          {ui.hidden.length > 0 && (
            <li
              {...reactProps(ui.moreProps)}
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
              <button {...reactProps(ui.moreButtonProps)} type="button" onClick={() => setOpen(true)}>
                {ui.labels.more(ui.hidden.length)}
              </button>
              <ul {...reactProps(ui.moreListProps)}>{ui.hidden.map(item)}</ul>
            </li>
          )}
        </ul>
      ) : (
        <p {...reactProps(ui.statusProps)}>{ui.statusText}</p>
      )}
    </div>
  )
}
