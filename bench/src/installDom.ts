import { Window } from 'happy-dom'

/**
 * Gives React DOM and Vue's runtime a happy-dom document. Only the DOM globals are set: pusher-js keeps its
 * Node build (its own WebSocket and XHR). Call before the first import of react-dom or vue.
 */
export function installDom(): () => Promise<void> {
  const window = new Window({ url: 'http://localhost/' })
  const names = [
    'window',
    'document',
    'navigator',
    'Node',
    'Element',
    'HTMLElement',
    'HTMLIFrameElement',
    'SVGElement',
    'Text',
    'Comment',
    'DocumentFragment',
    'Event',
    'CustomEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ]
  const source = window as unknown as Record<string, unknown>
  for (const name of names) {
    const value = source[name]
    const bound = typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(window) : value
    // defineProperty, not assignment: newer Node versions have a getter-only `navigator`.
    Object.defineProperty(globalThis, name, { value: bound, configurable: true, writable: true })
  }
  return () => window.happyDOM.close()
}
