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
import { defineComponent, h, type PropType, ref, type SlotsType, type VNode } from 'vue'
import { avatar } from './Avatar'

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

    const item = (member: Member, labels: OnlineUsersLabels): VNode => {
      const person = describeMember(member, props.me)
      return h(
        'li',
        {
          key: member.id,
          class: 'ck-online-users-item',
          'data-ck-part': 'item',
          'data-ck-me': person.isMe ? '' : undefined,
        },
        slots.item
          ? slots.item(person)
          : [
              avatar(person),
              h('span', { class: 'ck-online-users-name', 'data-ck-part': 'name' }, [
                person.name,
                person.isMe
                  ? h('span', { class: 'ck-online-users-you', 'data-ck-part': 'you' }, ` ${labels.you}`)
                  : null,
              ]),
            ],
      )
    }

    const more = (hidden: readonly Member[], labels: OnlineUsersLabels): VNode =>
      h(
        'li',
        {
          class: 'ck-online-users-more',
          'data-ck-part': 'more',
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
              type: 'button',
              class: 'ck-online-users-more-button',
              'data-ck-part': 'more-button',
              'data-ck-state': open.value ? 'open' : 'closed',
              'aria-expanded': String(open.value),
              'aria-label': labels.moreLabel(hidden.length),
              onClick: () => {
                open.value = true
              },
            },
            labels.more(hidden.length),
          ),
          h(
            'ul',
            {
              class: 'ck-online-users-more-list',
              'data-ck-part': 'more-list',
              'aria-label': labels.moreList,
              hidden: !open.value,
            },
            hidden.map((member) => item(member, labels)),
          ),
        ],
      )

    return () => {
      const labels = { ...defaultLabels.onlineUsers, ...props.labels }
      const state = onlineUsersState(props.status, props.members.length)
      const { shown, hidden } = splitOverflow(props.members, props.max)
      return h(
        'div',
        {
          class: 'ck-online-users',
          'data-ck-scope': 'online-users',
          'data-ck-part': 'root',
          'data-ck-variant': props.variant,
          'data-ck-state': state,
          role: 'group',
          'aria-label': labels.count(props.members.length),
          'aria-busy': state === 'loading' ? 'true' : undefined,
        },
        state === 'ready'
          ? h('ul', { class: 'ck-online-users-list', 'data-ck-part': 'list' }, [
              ...shown.map((member) => item(member, labels)),
              hidden.length > 0 ? more(hidden, labels) : null,
            ])
          : h('p', { class: 'ck-online-users-status', 'data-ck-part': 'status' }, labels[state]),
      )
    }
  },
})
