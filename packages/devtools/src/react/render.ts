import { createElement, type ReactNode } from 'react'
import type { Child } from '../core'

// The view's DOM names and Vue-style handler names, as React spells them.
const REACT_NAMES: Record<string, string> = {
  class: 'className',
  tabindex: 'tabIndex',
  for: 'htmlFor',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
  onKeydown: 'onKeyDown',
  onPointerdown: 'onPointerDown',
  // React's onChange is the DOM's input event.
  onInput: 'onChange',
}

/** A view node as React elements. */
export function toReact(node: Child): ReactNode {
  if (!node) return null
  if (typeof node === 'string') return node
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(node.props)) {
    if (value !== undefined) props[REACT_NAMES[name] ?? name] = value
  }
  return createElement(node.tag, props, ...node.children.map(toReact))
}
