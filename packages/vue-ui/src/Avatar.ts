import type { MemberDisplay } from '@channelkit/core'
import { h, type VNode } from 'vue'

/** Picture or initials. Decorative: the name is always next to it as text. */
export function avatar(person: MemberDisplay): VNode {
  return h(
    'span',
    { class: 'ck-avatar', 'data-ck-part': 'avatar', title: person.name, 'aria-hidden': 'true' },
    [
      person.avatar
        ? h('img', { class: 'ck-avatar-image', src: person.avatar, alt: '' })
        : h('span', { class: 'ck-avatar-initials' }, person.initials),
    ],
  )
}
