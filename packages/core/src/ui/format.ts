/**
 * Plural forms of a label, by `Intl.PluralRules` category (`one`, `few`, … `other`) or exact count (`=0`).
 * `#` stands for the count, formatted for the locale; `{name}` for any other value.
 */
export type PluralForms = { other: string } & { [form in Intl.LDMLPluralRule | `=${number}`]?: string }

/**
 * A string that takes values: `'{name} is typing…'`, or plural forms keyed by the count
 * (`{ one: '# person online', other: '# people online' }`). Plain data, so it can cross from a React Server
 * Component to a Client Component, or sit in a JSON file of translations.
 */
export type Template = string | PluralForms

/** A label that takes `Args`: a template, or (in client code) a function of the same arguments. */
export type Label<Args extends unknown[]> = Template | ((...args: Args) => string)

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale)
  if (value === undefined) {
    value = make()
    map.set(locale, value)
  }
  return value
}

const formatNumber = (value: number, locale: string) =>
  cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value)

const PLACEHOLDER = /\{(\w+)\}/g
const PLURAL_PLACEHOLDER = /\{(\w+)\}|#/g

/**
 * The text of `label` for `values`: a function label is called with `args` (its positional arguments); a
 * template gets `values` by name, and plural forms are chosen by `values.count`. Values are inserted once,
 * never scanned again, so a name that looks like `{count}` stays as it is. Unknown placeholders stay too.
 */
export function formatLabel<Args extends unknown[]>(
  label: Label<Args>,
  args: Args,
  values: Record<string, string | number>,
  locale: string,
): string {
  if (typeof label === 'function') return label(...args)
  const show = (value: string | number | undefined, match: string) =>
    value === undefined ? match : typeof value === 'number' ? formatNumber(value, locale) : value
  if (typeof label === 'string') return label.replace(PLACEHOLDER, (match, name) => show(values[name], match))
  const count = Number(values.count)
  const form =
    label[`=${count}`] ??
    label[cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)] ??
    label.other
  return form.replace(PLURAL_PLACEHOLDER, (match, name?: string) =>
    name === undefined ? formatNumber(count, locale) : show(values[name], match),
  )
}
