/** One `--ck-*` variable of @channelkit/styles with its light and dark values (dark: only where it differs). */
export interface Token {
  name: string
  light: string
  dark: string | undefined
  /** The comment above it in the stylesheet, if any. */
  note: string
}

const block = (css: string, selector: string): string => {
  const start = css.indexOf(selector)
  if (start === -1) throw new Error(`tokens: no ${selector} block in channelkit.css`)
  return css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
}

function declarations(body: string): Map<string, { value: string; note: string }> {
  const found = new Map<string, { value: string; note: string }>()
  let note = ''
  for (const match of body.matchAll(/\/\*\s*([\s\S]*?)\s*\*\/|(--ck-[\w-]+)\s*:\s*([^;]+);/g)) {
    if (match[1] !== undefined) note = match[1].replace(/\s+/g, ' ')
    else found.set(match[2]!, { value: match[3]!.replace(/\s+/g, ' ').trim(), note })
  }
  return found
}

/** The tokens of the stylesheet, read from its light block and its explicit dark block. */
export function tokensOf(css: string): Token[] {
  const light = declarations(block(css, ':where(:root, .ck-root, [data-theme="light"])'))
  const dark = declarations(block(css, ':where([data-theme="dark"])'))
  return [...light].map(([name, { value, note }]) => ({
    name,
    light: value,
    dark: dark.get(name)?.value,
    note,
  }))
}
