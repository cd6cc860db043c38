// Content the UI kits must render as inert text: markup and script, very long unbroken strings, RTL and
// bidi overrides, emoji. Used by the "Hostile content" stories and checked by e2e/uiSafety.test.ts.

/** What any of these payloads sets if it ever runs. The browser test checks it stays unset. */
export const PWNED = '__ckPwned'

export const html = `<img src=x onerror="window.${PWNED}=1;alert(1)">`
export const script = `<script>window.${PWNED}=1</script>`
export const svg = `<svg onload="window.${PWNED}=1"></svg>`
/** 500 characters without a break opportunity; W is the widest Latin letter. */
export const long = 'W'.repeat(500)
export const rtl = 'مرحبا بكم في الغرفة، שלום לכולם'
/** A right-to-left override, as in spoofed file names: it must not reverse the text after the name. */
export const override = 'invoice\u202Efdp.exe'
export const emoji = '👩🏽‍💻 Zoë 🏳️‍🌈🇫🇷🎉'

interface HostileMember {
  id: string
  info: { name: string } | undefined
}

/** Presence members with hostile names; one has only a hostile id (shown as its name). */
export const hostileMembers: HostileMember[] = [
  { id: 'h-html', info: { name: html } },
  { id: 'h-long', info: { name: long } },
  { id: 'h-rtl', info: { name: rtl } },
  { id: 'h-override', info: { name: override } },
  // Behind "+4" with max 4.
  { id: 'h-url', info: { name: `https://example.com/${'a/'.repeat(240)}` } },
  { id: 'h-emoji', info: { name: emoji } },
  { id: 'h-script', info: { name: script } },
  { id: '<b>user-8</b>', info: undefined },
]
/** The current user in the stories: the long name, followed by "(you)". */
export const hostileMe = 'h-long'

export const hostileTypists = [
  { id: 'h-override', name: override },
  { id: 'h-html', name: html },
  { id: 'h-long', name: long },
]

export const hostileNotifications = [
  { title: html, message: script },
  { title: long, message: `${rtl} ${emoji}` },
  `${long} ${svg}`,
]
export const hostileActionLabel = `${html}${'W'.repeat(60)}`

export const hostileConnectionLabels = { failed: `${html} ${long}`, retry: `${script}${'W'.repeat(60)}` }
