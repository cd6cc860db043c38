/**
 * Attributes of one part of a component, as DOM attribute names (`class`, `tabindex`, `aria-*`,
 * `data-ck-*`): Vue spreads them as they are, React through `reactProps` (className, tabIndex).
 * `undefined` means "no attribute".
 */
export type PartProps = Record<string, string | number | boolean | undefined>

/** A part of `scope`: its `ck-*` class and `data-ck-part`, plus `extra`. */
export const part = (className: string, name: string, extra?: PartProps): PartProps => ({
  class: className,
  'data-ck-part': name,
  ...extra,
})

/** The root part of a component: `ck-<scope>`, `data-ck-scope`, `data-ck-part="root"`. */
export const root = (scope: string, extra?: PartProps): PartProps =>
  part(`ck-${scope}`, 'root', { 'data-ck-scope': scope, ...extra })

/** A present-or-absent data attribute. */
export const flag = (on: boolean): '' | undefined => (on ? '' : undefined)

/** The same props with React's names: `className`, `tabIndex` (everything else is the same in React). */
export function reactProps(props: PartProps): Record<string, string | number | boolean | undefined> {
  const { class: className, tabindex: tabIndex, ...rest } = props
  return tabIndex === undefined ? { ...rest, className } : { ...rest, className, tabIndex }
}
