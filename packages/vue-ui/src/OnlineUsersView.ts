import type { ChannelStatus, Member } from '@channelkit/core'
import { type MemberDisplay, type OnlineUsersLabels, onlineUsers } from '@channelkit/core/ui'
import { defineComponent, h, type PropType, ref, type SlotsType, type VNode } from 'vue'

/** Who is online, from plain props: avatar stack or list, "+N" overflow, empty/loading/error states. */
export const OnlineUsersView = /* @__PURE__ */ defineComponent({
  name: 'OnlineUsersView',
  props: {
    members: { type: Array as PropType<readonly Member[]>, required: true },
    /** The current user's id: marked with `data-ck-me` and "(you)". */
    me: String,
    /** 'subscribing' (or 'unsubscribed') shows the loading state. */
    status: { type: String as PropType<ChannelStatus>, default: 'subscribed' },
    /** Show at most this many; the rest go behind a "+N" button that lists them on hover and focus. */
    max: Number,
    /** 'stack': overlapping avatars, names for screen readers only; 'list': avatar and name rows. */
    variant: { type: String as PropType<'stack' | 'list'>, default: 'stack' },
    labels: Object as PropType<Partial<OnlineUsersLabels>>,
  },
  /** `#item="{ member, name, initials, avatar, isMe }"` replaces the content of each item. */
  slots: Object as SlotsType<{ item: MemberDisplay }>,
  setup(props, { slots }) {
    const open = ref(false)

    return () => {
      const ui = onlineUsers({ ...props, open: open.value })
      const item = (person: MemberDisplay): VNode =>
        h(
          'li',
          { key: person.member.id, ...ui.itemProps(person) },
          slots.item
            ? slots.item(person)
            : [
                h('span', ui.avatarProps(person), [
                  person.avatar
                    ? h('img', ui.avatarImageProps(person))
                    : h('span', ui.avatarInitialsProps, person.initials),
                ]),
                h('span', ui.nameProps, [
                  person.name,
                  person.isMe ? h('span', ui.youProps, ` ${ui.labels.you}`) : null,
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
              ui.labels.more(ui.hidden.length),
            ),
            h('ul', ui.moreListProps, ui.hidden.map(item)),
          ],
        )
      return h(
        'div',
        ui.rootProps,
        ui.state === 'ready'
          ? h('ul', ui.listProps, [...ui.shown.map(item), ui.hidden.length > 0 ? more() : null])
          : h('p', ui.statusProps, ui.statusText),
      )
    }
  },
})
