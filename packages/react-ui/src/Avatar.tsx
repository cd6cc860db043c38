import type { MemberDisplay } from '@channelkit/core'
import type { ReactNode } from 'react'

/** Picture or initials. Decorative: the name is always next to it as text. */
export function Avatar({ person }: { person: MemberDisplay }): ReactNode {
  return (
    <span className="ck-avatar" data-ck-part="avatar" title={person.name} aria-hidden="true">
      {person.avatar ? (
        <img className="ck-avatar-image" src={person.avatar} alt="" />
      ) : (
        <span className="ck-avatar-initials">{person.initials}</span>
      )}
    </span>
  )
}
