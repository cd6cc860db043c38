import { describe, expect, it } from 'vitest'
import { defaultLabels } from './labels'
import { typingText } from './typingText'

const people = (...names: string[]) => names.map((name) => ({ id: name.toLowerCase(), name }))
const text = (typists: { id: string; name?: string }[], me?: string) =>
  typingText(typists, defaultLabels.typing, me)

describe('typingText', () => {
  it('is empty when nobody types', () => {
    expect(text([])).toBe('')
  })

  it('builds the sentence for 1, 2, 3 and more people', () => {
    expect(text(people('Alice'))).toBe('Alice is typing…')
    expect(text(people('Alice', 'Bob'))).toBe('Alice and Bob are typing…')
    expect(text(people('Alice', 'Bob', 'Carol'))).toBe('Alice, Bob and Carol are typing…')
    expect(text(people('Alice', 'Bob', 'Carol', 'Dan', 'Eve'))).toBe('Alice, Bob and 3 others are typing…')
  })

  it('never counts the current user', () => {
    expect(text(people('Me', 'Alice'), 'me')).toBe('Alice is typing…')
    expect(text(people('Me'), 'me')).toBe('')
  })

  it('says "Someone" for a typist without a name', () => {
    expect(text([{ id: 'x' }, { id: 'y', name: '' }])).toBe('Someone and Someone are typing…')
  })

  it('uses overridden labels', () => {
    const labels = { ...defaultLabels.typing, one: (name: string) => `${name} schreibt…` }
    expect(typingText(people('Alice'), labels)).toBe('Alice schreibt…')
  })

  it('isolates names that could reverse the sentence, keeping them whole', () => {
    const spoof = 'invoice\u202Efdp.exe'
    expect(
      text([
        { id: 'x', name: spoof },
        { id: 'y', name: 'Bob' },
      ]),
    ).toBe(`\u2068${spoof}\u202C\u2069 and Bob are typing…`)
    expect(text([{ id: 'x', name: 'שלום' }])).toBe('\u2068שלום\u2069 is typing…')
  })
})
