import type { Member } from '@channelkit/core'
import type { MemberDisplay } from '@channelkit/core/ui'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import userEvent from '@testing-library/user-event'
import { render, screen, within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { OnlineUsersView } from '../OnlineUsersView'

const member = (id: string, name?: string, avatar?: string): Member => ({ id, info: { name, avatar } })
const people = ['Alice', 'Bob', 'Carol', 'Dan', 'Eve'].map((name) => member(name.toLowerCase(), name))
const texts = (elements: HTMLElement[]) => elements.map((element) => element.textContent)
const overflowList = () => screen.queryByRole('list', { name: 'More people online' })

describe('OnlineUsersView (Vue)', () => {
  it('shows the loading state while subscribing', async () => {
    const { container } = render(OnlineUsersView, { props: { members: [], status: 'subscribing' } })
    const group = screen.getByRole('group', { name: '0 people online' })
    expect(group.dataset.ckState).toBe('loading')
    expect(group.getAttribute('aria-busy')).toBe('true')
    expect(group.textContent).toBe('Connecting…')
    await expectNoAxeViolations(container)
  })

  it('shows the empty and error states', async () => {
    const { container, rerender } = render(OnlineUsersView, { props: { members: [] } })
    expect(screen.getByRole('group').textContent).toBe('Nobody is online')
    expect(screen.queryByRole('list')).toBeNull()
    await expectNoAxeViolations(container)
    await rerender({ members: [], status: 'error' })
    expect(screen.getByRole('group').dataset.ckState).toBe('error')
    expect(screen.getByRole('group').textContent).toBe('Could not load who is online')
    await expectNoAxeViolations(container)
  })

  it('shows one person with initials when there is no avatar', async () => {
    const { container } = render(OnlineUsersView, { props: { members: [member('ada', 'Ada Lovelace')] } })
    expect(screen.getByRole('group', { name: '1 person online' })).toBeTruthy()
    const item = screen.getByRole('listitem')
    expect(within(item).getByText('Ada Lovelace')).toBeTruthy()
    expect(item.querySelector('[data-ck-part="avatar"]')?.textContent).toBe('AL')
    await expectNoAxeViolations(container)
  })

  it('uses the avatar picture when there is one', async () => {
    const { container } = render(OnlineUsersView, {
      props: { members: [member('ada', 'Ada', 'https://example.com/ada.png')] },
    })
    const img = screen.getByRole('listitem').querySelector('img')
    expect(img?.getAttribute('src')).toBe('https://example.com/ada.png')
    expect(img?.getAttribute('alt')).toBe('')
    await expectNoAxeViolations(container)
  })

  it('shows many people in order, the current user marked', async () => {
    const { container } = render(OnlineUsersView, { props: { members: people, me: 'bob', variant: 'list' } })
    expect(screen.getByRole('group', { name: '5 people online' }).dataset.ckVariant).toBe('list')
    const items = screen.getAllByRole('listitem')
    expect(texts(items)).toEqual(['AAlice', 'BBob (you)', 'CCarol', 'DDan', 'EEve'])
    expect(items[1]?.hasAttribute('data-ck-me')).toBe(true)
    expect(items[0]?.hasAttribute('data-ck-me')).toBe(false)
    await expectNoAxeViolations(container)
  })

  it('puts the rest behind "+N" and lists them on focus, closing on Escape', async () => {
    const user = userEvent.setup()
    const { container } = render(OnlineUsersView, { props: { members: people, max: 2 } })
    const more = screen.getByRole('button', { name: '3 people more' })
    expect(more.textContent).toBe('+3')
    expect(more.getAttribute('aria-expanded')).toBe('false')
    expect(overflowList()).toBeNull()
    await expectNoAxeViolations(container)

    await user.tab()
    expect(document.activeElement).toBe(more)
    expect(more.getAttribute('aria-expanded')).toBe('true')
    const overflow = overflowList()!
    expect(texts(within(overflow).getAllByRole('listitem'))).toEqual(['CCarol', 'DDan', 'EEve'])
    await expectNoAxeViolations(container)

    await user.keyboard('{Escape}')
    expect(overflowList()).toBeNull()
    await user.keyboard('{Enter}')
    expect(overflowList()).not.toBeNull()
    await user.tab()
    expect(document.activeElement).not.toBe(more)
    expect(overflowList()).toBeNull()
  })

  it('lists the overflow on hover', async () => {
    const user = userEvent.setup()
    render(OnlineUsersView, { props: { members: people, max: 4 } })
    const more = screen.getByRole('button', { name: '1 person more' })
    await user.hover(more)
    expect(overflowList()?.textContent).toBe('EEve')
    await user.unhover(more)
    expect(overflowList()).toBeNull()
  })

  it('renders custom items through the #item slot', () => {
    render(OnlineUsersView, {
      props: { members: people.slice(0, 2), me: 'alice' },
      slots: {
        item: ({ name, isMe, initials }: MemberDisplay) => h('b', `${initials}:${name}${isMe ? '*' : ''}`),
      },
    })
    expect(texts(screen.getAllByRole('listitem'))).toEqual(['A:Alice*', 'B:Bob'])
  })

  it('renders names as text, never HTML', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { container } = render(OnlineUsersView, {
      props: { members: [member('x', evil)], variant: 'list' },
    })
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText(evil)).toBeTruthy()
  })

  it('takes label overrides', () => {
    render(OnlineUsersView, {
      props: {
        members: people,
        me: 'alice',
        max: 1,
        labels: { count: (n: number) => `${n} en ligne`, you: '(vous)', more: (n: number) => `et ${n}` },
      },
    })
    expect(screen.getByRole('group', { name: '5 en ligne' })).toBeTruthy()
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('AAlice (vous)')
    expect(screen.getByRole('button').textContent).toBe('et 4')
  })

  it('rejects a bad max with a clear error', () => {
    expect(() => render(OnlineUsersView, { props: { members: people, max: 0 } })).toThrow(
      /max must be a whole number ≥ 1/,
    )
  })
})
