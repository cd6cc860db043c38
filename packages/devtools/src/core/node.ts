/**
 * The panel as data: both renderers turn these nodes into elements as they are (React through
 * `createElement`, Vue through `h`), so the markup, its ARIA and its handlers are written once.
 * Props use DOM attribute names and `onClick`, `onKeydown`, `onInput`, `onPointerdown`, `onSubmit` (Vue's
 * spelling; React's renderer renames them).
 */
export type Props = Record<string, unknown>

export interface ViewNode {
  tag: string
  props: Props
  children: Child[]
}

export type Child = ViewNode | string | null | undefined | false

export function el(tag: string, props: Props | null, ...children: (Child | Child[])[]): ViewNode {
  return { tag, props: props ?? {}, children: children.flat() }
}

/** Events both renderers pass on: the few members the handlers use, on native and React events alike. */
export interface KeyEvent {
  key: string
  preventDefault(): void
}
export interface ValueEvent {
  target: EventTarget | null
}
export interface PointerLikeEvent {
  clientY: number
  preventDefault(): void
}

export const inputValue = (event: ValueEvent): string =>
  (event.target as HTMLInputElement | null)?.value ?? ''
