import type { ChannelStatus, Member } from '@channelkit/core'
import {
  type AvatarSize,
  type MemberDisplay,
  type OnlineUsersLabels,
  onlineUsers,
  reactProps,
  visuallyHidden,
} from '@channelkit/core/ui'
import { type FocusEvent, type ReactNode, useState } from 'react'
import { useChannelKitUI } from './ChannelKitUIProvider'
import { cx } from './cx'

export interface OnlineUsersViewProps {
  /** The roster: presence members `{ id, info }`; `info.name` is shown (else the id), `info.avatar` is the picture. */
  members: readonly Member[]
  /** The current user's id: shown first (never behind "+N"), marked with `data-ck-me` and "(you)". */
  me?: string | undefined
  /** The presence channel's status: 'subscribing' (or 'unsubscribed') shows the loading state. Default 'subscribed'. */
  status?: ChannelStatus
  /**
   * The roster is the last one known, not a live one (core's `stale`): avatars turn grey and assistive
   * technology hears it. Default: members shown while the channel is not subscribed.
   */
  stale?: boolean
  /** Show at most this many; the rest go behind a "+N" button that lists them on hover and focus. */
  max?: number
  /** 'stack': overlapping avatars, names for screen readers only; 'list': avatar and name rows. Default 'stack'. */
  variant?: 'stack' | 'list'
  /** Avatar size: 'sm' (1.5rem), 'md' (2rem, or your `--ck-avatar-size`), 'lg' (2.5rem). Default 'md'. */
  size?: AvatarSize
  /** Replaces the content of each item (avatar and name). */
  renderItem?: (person: MemberDisplay) => ReactNode
  /** Strings over the app-wide ones: `count`, `you`, `empty`, `loading`, `error`, `stale`, `more`, `moreLabel`, `moreList`. */
  labels?: Partial<OnlineUsersLabels>
  /** Added to the root element's classes. */
  className?: string
}

// An image that failed before hydration fired its error event too early: decode() still rejects.
const checked = new WeakSet<HTMLImageElement>()
function whenBroken(image: HTMLImageElement | null, fail: () => void) {
  if (!image || checked.has(image)) return
  checked.add(image)
  image.decode?.().catch(fail)
}

/** Who is online, from plain props: avatar stack or list, "+N" overflow, empty/loading/error states. */
export function OnlineUsersView({
  members,
  me,
  status,
  stale,
  max,
  variant,
  size,
  renderItem,
  labels,
  className,
}: OnlineUsersViewProps): ReactNode {
  const [open, setOpen] = useState(false)
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set())
  const ui = onlineUsers({
    members,
    me,
    status,
    stale,
    max,
    variant,
    size,
    labels,
    open,
    failed,
    ui: useChannelKitUI(),
  })
  const fail = (url: string) => setFailed((set) => (set.has(url) ? set : new Set(set).add(url)))

  const item = (person: MemberDisplay) => (
    <li key={person.member.id} {...reactProps(ui.itemProps(person))}>
      {renderItem ? (
        renderItem(person)
      ) : (
        <>
          <span {...reactProps(ui.avatarProps(person))}>
            {ui.showImage(person) ? (
              <img
                {...reactProps(ui.avatarImageProps(person))}
                alt=""
                ref={(image) => whenBroken(image, () => fail(person.avatar!))}
                onError={() => fail(person.avatar!)}
              />
            ) : (
              <span {...reactProps(ui.avatarInitialsProps)}>{person.initials}</span>
            )}
          </span>
          <span {...reactProps(ui.nameProps)}>
            {person.name}
            {person.isMe && <span {...reactProps(ui.youProps)}> {ui.youText}</span>}
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
                {ui.moreText}
              </button>
              <ul {...reactProps(ui.moreListProps)}>{ui.hidden.map(item)}</ul>
            </li>
          )}
        </ul>
      ) : (
        <p {...reactProps(ui.statusProps)}>{ui.statusText}</p>
      )}
      <span {...reactProps(ui.staleProps)} style={visuallyHidden}>
        {ui.staleText}
      </span>
    </div>
  )
}
