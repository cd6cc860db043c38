import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TypingIndicatorView } from '../TypingIndicatorView'

const typists = (...names: string[]) => names.map((name) => ({ id: name.toLowerCase(), name }))
const region = (container: HTMLElement) => container.querySelector<HTMLElement>('[aria-live="polite"]')!

describe('TypingIndicatorView', () => {
  it('keeps an empty polite live region when nobody types', async () => {
    const { container } = render(<TypingIndicatorView typists={[]} />)
    expect(region(container).textContent).toBe('')
    expect(region(container).dataset.ckState).toBe('idle')
    await expectNoAxeViolations(container)
  })

  it('says who is typing for 1, 2, 3 and 5 people, never the current user', async () => {
    const { container, rerender } = render(<TypingIndicatorView typists={typists('Me', 'Alice')} me="me" />)
    expect(region(container).textContent).toBe('Alice is typing…')
    expect(region(container).dataset.ckState).toBe('typing')
    await expectNoAxeViolations(container)
    rerender(<TypingIndicatorView typists={typists('Alice', 'Me', 'Bob')} me="me" />)
    expect(region(container).textContent).toBe('Alice and Bob are typing…')
    rerender(<TypingIndicatorView typists={typists('Alice', 'Bob', 'Carol', 'Me')} me="me" />)
    expect(region(container).textContent).toBe('Alice, Bob and Carol are typing…')
    rerender(<TypingIndicatorView typists={typists('Alice', 'Bob', 'Carol', 'Dan', 'Eve', 'Me')} me="me" />)
    expect(region(container).textContent).toBe('Alice, Bob and 3 others are typing…')
    await expectNoAxeViolations(container)
    rerender(<TypingIndicatorView typists={typists('Me')} me="me" />)
    expect(region(container).textContent).toBe('')
  })

  it('does not touch the live region when the sentence stays the same', () => {
    const { container, rerender } = render(<TypingIndicatorView typists={typists('Alice')} />)
    const changes: MutationRecord[] = []
    const observer = new MutationObserver((records) => changes.push(...records))
    observer.observe(region(container), { subtree: true, childList: true, characterData: true })
    rerender(<TypingIndicatorView typists={[{ id: 'alice', name: 'Alice' }]} />)
    observer.disconnect()
    expect(changes).toEqual([])
  })

  it('renders names as text, never HTML', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { container } = render(<TypingIndicatorView typists={[{ id: 'x', name: evil }]} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText(`${evil} is typing…`)).toBeTruthy()
  })

  it('takes label overrides', () => {
    const { container } = render(
      <TypingIndicatorView
        typists={typists('Alice', 'Bob')}
        labels={{ two: (a, b) => `${a} et ${b} écrivent…` }}
      />,
    )
    expect(region(container).textContent).toBe('Alice et Bob écrivent…')
  })
})
