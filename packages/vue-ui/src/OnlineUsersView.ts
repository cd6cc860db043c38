import type { ChannelStatus, Member } from '@channelkit/core'
import {
  type AvatarSize,
  type MemberDisplay,
  type OnlineUsersLabels,
  onlineUsers,
  visuallyHidden,
} from '@channelkit/core/ui'
import { defineComponent, h, type PropType, ref, type SlotsType, shallowRef, type VNode } from 'vue'
import { useChannelKitUI } from './channelKitUI'

export type OnlineUsersSlots = SlotsType<{
  /** `#item="{ member, name, initials, avatar, color, isMe }"` replaces the content of each item. */
  item: MemberDisplay
}>

// An image that failed before hydration fired its error event too early: decode() still rejects.
const checked = new WeakSet<Element>()
function whenBroken(image: Element | null, fail: () => void) {
  if (!(image instanceof HTMLImageElement) || checked.has(image)) return
  checked.add(image)
  image.decode?.().catch(fail)
}

/** Who is online, from plain props: avatar stack or list, "+N" overflow, empty/loading/error states. */
export const OnlineUsersView = /* @__PURE__ */ defineComponent({
  name: 'OnlineUsersView',
  props: {
    /** The roster: presence members `{ id, info }`; `info.name` is shown (else the id), `info.avatar` is the picture. */
    members: { type: Array as PropType<readonly Member[]>, required: true },
    /** The current user's id: shown first (never behind "+N"), marked with `data-ck-me` and "(you)". */
    me: String,
    /** The presence channel's status: 'subscribing' (or 'unsubscribed') shows the loading state. */
    status: { type: String as PropType<ChannelStatus>, default: 'subscribed' },
    /**
     * The roster is the last one known, not a live one (core's `stale`): avatars turn grey and assistive
     * technology hears it. Default: members shown while the channel is not subscribed.
     */
    stale: { type: Boolean, default: undefined },
    /** Show at most this many; the rest go behind a "+N" button that lists them on hover and focus. */
    max: Number,
    /** 'stack': overlapping avatars, names for screen readers only; 'list': avatar and name rows. */
    variant: { type: String as PropType<'stack' | 'list'>, default: 'stack' },
    /** Avatar size: 'sm' (1.5rem), 'md' (2rem, or your `--ck-avatar-size`), 'lg' (2.5rem). */
    size: { type: String as PropType<AvatarSize>, default: 'md' },
    /** Strings over the app-wide ones: `count`, `you`, `empty`, `loading`, `error`, `stale`, `more`, `moreLabel`, `moreList`. */
    labels: Object as PropType<Partial<OnlineUsersLabels>>,
  },
  slots: Object as OnlineUsersSlots,
  setup(props, { slots }) {
    const config = useChannelKitUI()
    const open = ref(false)
    const failed = shallowRef<ReadonlySet<string>>(new Set())
    const fail = (url: string) => {
      if (!failed.value.has(url)) failed.value = new Set(failed.value).add(url)
    }

    return () => {
      const ui = onlineUsers({ ...props, open: open.value, failed: failed.value, ui: config.value })
      const item = (person: MemberDisplay): VNode =>
        h(
          'li',
          { key: person.member.id, ...ui.itemProps(person) },
          slots.item
            ? slots.item(person)
            : [
                h('span', ui.avatarProps(person), [
                  ui.showImage(person)
                    ? h('img', {
                        ...ui.avatarImageProps(person),
                        ref: (image: unknown) =>
                          whenBroken(image as Element | null, () => fail(person.avatar!)),
                        onError: () => fail(person.avatar!),
                      })
                    : h('span', ui.avatarInitialsProps, person.initials),
                ]),
                h('span', ui.nameProps, [
                  person.name,
                  person.isMe ? h('span', ui.youProps, ` ${ui.youText}`) : null,
                ]),
              ],
        )
      const more = () =>
        h(
          'li',
          {
            ...ui.moreProps,
            onMouseenter: () => {
              open.value = true
            },
            onMouseleave: (event: MouseEvent) => {
              if (!(event.currentTarget as HTMLElement).contains(document.activeElement)) open.value = false
            },
            onFocusin: () => {
              open.value = true
            },
            onFocusout: (event: FocusEvent) => {
              if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null))
                open.value = false
            },
            onKeydown: (event: KeyboardEvent) => {
              if (event.key === 'Escape') open.value = false
            },
          },
          [
            h(
              'button',
              {
                ...ui.moreButtonProps,
                onClick: () => {
                  open.value = true
                },
              },
              ui.moreText,
            ),
            h('ul', ui.moreListProps, ui.hidden.map(item)),
          ],
        )
      return h('div', ui.rootProps, [
        ui.state === 'ready'
          ? h('ul', ui.listProps, [...ui.shown.map(item), ui.hidden.length > 0 ? more() : null])
          : h('p', ui.statusProps, ui.statusText),
        h('span', { ...ui.staleProps, style: visuallyHidden }, ui.staleText),
      ])
    }
  },
})
