import type { Page } from 'playwright-core'
import { fromStories } from './paths'

const axePath = fromStories.resolve('axe-core/axe.min.js')

// Page-level rules: a story or a widget is a fragment, not a whole page with landmarks and an h1.
const pageRules = ['region', 'landmark-one-main', 'page-has-heading-one']

/** Loads axe-core into the page (once per page load). */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: axePath })
}

/** axe-core's violations in the page (or under `selector`), as "rule (impact): target — help" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  return page.evaluate(
    async ({ selector, pageRules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
      const rules = Object.fromEntries(pageRules.map((id) => [id, { enabled: false }]))
      const result = await axe.run(selector ?? document, { rules })
      return result.violations.flatMap((v) =>
        v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`),
      )
    },
    { selector, pageRules },
  )
}
