import { describe, expect, it } from 'vitest'
import { resolveUI } from './config'
import { connectionStatus } from './connectionStatus'
import { liveNotifications } from './liveNotifications'
import { locales } from './locales'
import { notificationSeverity } from './notificationText'
import { onlineUsers } from './onlineUsers'
import { typingIndicator } from './typingIndicator'

const member = (id: string) => ({ id, info: { name: id.toUpperCase() } })
const people = ['a', 'b', 'c', 'd', 'e'].map(member)
const ids = (list: { member: { id: string } }[]) => list.map((p) => p.member.id)

describe('onlineUsers', () => {
  it('shows the current user first and never behind "+N"', () => {
    const ui = onlineUsers({ members: people, me: 'e', max: 2 })
    expect(ids(ui.shown)).toEqual(['e', 'a'])
    expect(ids(ui.hidden)).toEqual(['b', 'c', 'd'])
    expect(ui.moreText).toBe('+3')
    expect(ui.moreButtonProps['aria-label']).toBe('3 people more')
    expect(ids(onlineUsers({ members: people, me: 'a', max: 1 }).shown)).toEqual(['a'])
    expect(ids(onlineUsers({ members: people, me: 'nobody', max: 1 }).shown)).toEqual(['a'])
  })

  it('marks a roster that is not live as stale, and says so', () => {
    const live = onlineUsers({ members: people, status: 'subscribed' })
    expect([live.stale, live.staleText, live.rootProps['data-ck-stale']]).toEqual([false, '', undefined])
    const stale = onlineUsers({ members: people, status: 'subscribing' })
    expect([stale.stale, stale.rootProps['data-ck-stale']]).toEqual([true, ''])
    expect(stale.staleText).toBe('Reconnecting: this list may be out of date')
    // Core's flag wins; nothing is stale without members.
    expect(onlineUsers({ members: people, status: 'subscribed', stale: true }).stale).toBe(true)
    expect(onlineUsers({ members: [], status: 'subscribing' }).stale).toBe(false)
  })

  it('gives each avatar its colour, and initials instead of a picture that failed', () => {
    const members = [{ id: 'p', info: { name: 'Pat', avatar: 'https://x/p.png' } }]
    const ok = onlineUsers({ members })
    const person = ok.shown[0]!
    expect(ok.avatarProps(person)['data-ck-color']).toBe(person.color)
    expect(ok.showImage(person)).toBe(true)
    expect(onlineUsers({ members, failed: new Set(['https://x/p.png']) }).showImage(person)).toBe(false)
  })

  it('speaks the configured locale, labels over it', () => {
    const ui = resolveUI({ locale: 'fr', labels: { onlineUsers: { you: '(moi)' } } }, undefined, locales)
    const fr = onlineUsers({ members: people, me: 'a', max: 2, ui, size: 'lg' })
    expect(fr.rootProps).toMatchObject({
      'aria-label': '5 personnes en ligne',
      dir: 'ltr',
      'data-ck-size': 'lg',
    })
    expect(fr.youText).toBe('(moi)')
    expect(fr.moreButtonProps['aria-label']).toBe('3 autres personnes')
    expect(
      onlineUsers({ members: people, ui, labels: { count: '{count} ici' } }).rootProps['aria-label'],
    ).toBe('5 ici')
  })
})

describe('typingIndicator / connectionStatus', () => {
  it('leave the current user out of the typists custom content gets', () => {
    const ui = typingIndicator({ typists: [{ id: 'me' }, { id: 'b', name: 'Bob' }], me: 'me' })
    expect(ui.typists).toEqual([{ id: 'b', name: 'Bob' }])
    expect(ui.text).toBe('Bob is typing…')
  })

  it('make the root the status region for custom content', () => {
    expect(connectionStatus({ state: 'connected' }).rootProps.role).toBeUndefined()
    expect(connectionStatus({ state: 'connected', custom: true }).rootProps.role).toBe('status')
    const ar = resolveUI({ locale: 'ar' }, undefined, locales)
    expect(connectionStatus({ state: 'failed', ui: ar })).toMatchObject({
      text: 'فشل الاتصال',
      retryable: true,
    })
  })
})

describe('liveNotifications', () => {
  const note = (data: unknown) => ({ id: 'n', data, createdAt: 0, duration: 0 })

  it('reads the severity from the data, and says it first', () => {
    expect(notificationSeverity({ severity: 'error' })).toBe('error')
    expect(notificationSeverity({ severity: 'fatal' })).toBeUndefined()
    expect(notificationSeverity('error')).toBeUndefined()
    const ui = liveNotifications({})
    const error = note({ title: 'Build', message: 'failed', severity: 'error' })
    expect(ui.toastProps(error)['data-ck-severity']).toBe('error')
    expect(ui.severityText(error)).toBe('Error')
    expect(ui.announcement(error, 'Build: failed')).toBe('Error: Build: failed')
    expect(ui.announcement(note('plain'), 'plain')).toBe('plain')
  })

  it('takes a severity function, and hides a leaving toast', () => {
    const ui = liveNotifications<string>({ severity: (n) => (n.data === 'ok' ? 'success' : undefined) })
    expect(ui.severity(note('ok') as never)).toBe('success')
    expect(ui.toastProps(note('x') as never, true)).toMatchObject({
      'data-ck-state': 'closed',
      'aria-hidden': 'true',
      tabindex: -1,
    })
  })
})
