// The panel's own stylesheet, added to the page while a panel is mounted (so an app imports no CSS for a
// development tool, and a production build ships none). Colours come from the kit's --ck-* variables
// (@channelkit/styles), with the same values as fallbacks for apps that do not use that theme.
const light = `--ckd-bg:var(--ck-bg,#fff);--ckd-fg:var(--ck-fg,#18181b);--ckd-muted:var(--ck-muted,#62626b);--ckd-border:var(--ck-border,#e2e2e7);--ckd-surface:var(--ck-surface,#f4f4f6);--ckd-accent:var(--ck-accent,#4f46e5);--ckd-accent-fg:var(--ck-accent-fg,#fff);--ckd-ok:var(--ck-status-connected,#16803c);--ckd-wait:var(--ck-status-connecting,#a16207);--ckd-warn:var(--ck-status-unavailable,#c2410c);--ckd-bad:var(--ck-status-failed,#dc2626);--ckd-off:var(--ck-status-disconnected,#71717a);--ckd-shadow:var(--ck-shadow,0 4px 16px rgb(0 0 0 / .12),0 1px 3px rgb(0 0 0 / .08));`
const dark = `--ckd-bg:var(--ck-bg,#18181b);--ckd-fg:var(--ck-fg,#f4f4f5);--ckd-muted:var(--ck-muted,#a1a1aa);--ckd-border:var(--ck-border,#34343b);--ckd-surface:var(--ck-surface,#232329);--ckd-accent:var(--ck-accent,#818cf8);--ckd-accent-fg:var(--ck-accent-fg,#0b0b0f);--ckd-ok:var(--ck-status-connected,#4ade80);--ckd-wait:var(--ck-status-connecting,#facc15);--ckd-warn:var(--ck-status-unavailable,#fb923c);--ckd-bad:var(--ck-status-failed,#f87171);--ckd-off:var(--ck-status-disconnected,#a1a1aa);--ckd-shadow:var(--ck-shadow,0 4px 16px rgb(0 0 0 / .5),0 1px 3px rgb(0 0 0 / .4));`

export const CSS = `
.ck-devtools{${light}font-family:var(--ck-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:13px;line-height:1.4;color:var(--ckd-fg)}
@media (prefers-color-scheme:dark){.ck-devtools:not([data-theme=light]):not([data-theme=light] *){${dark}}}
[data-theme=dark] .ck-devtools,.ck-devtools[data-theme=dark]{${dark}}
.ck-devtools *,.ck-devtools *::before,.ck-devtools *::after{box-sizing:border-box}
.ck-devtools :focus-visible{outline:2px solid var(--ckd-accent);outline-offset:1px}
.ck-devtools-toggle{position:fixed;z-index:2147483001;display:inline-flex;align-items:center;gap:6px;padding:6px 10px;border:1px solid var(--ckd-border);border-radius:999px;background:var(--ckd-bg);color:var(--ckd-fg);font:inherit;font-weight:600;box-shadow:var(--ckd-shadow);cursor:pointer}
.ck-devtools[data-ck-position$=right] .ck-devtools-toggle{right:12px}
.ck-devtools[data-ck-position$=left] .ck-devtools-toggle{left:12px}
.ck-devtools[data-ck-position^=bottom] .ck-devtools-toggle{bottom:12px}
.ck-devtools[data-ck-position^=top] .ck-devtools-toggle{top:12px}
.ck-devtools[data-ck-open][data-ck-position^=bottom] .ck-devtools-toggle{bottom:calc(var(--ckd-height) + 8px)}
.ck-devtools[data-ck-open][data-ck-position^=top] .ck-devtools-toggle{top:calc(var(--ckd-height) + 8px)}
.ck-devtools-dot{width:8px;height:8px;border-radius:50%;background:var(--ckd-off)}
.ck-devtools-panel{position:fixed;z-index:2147483000;left:0;right:0;height:var(--ckd-height);display:flex;flex-direction:column;background:var(--ckd-bg);color:var(--ckd-fg);box-shadow:var(--ckd-shadow)}
.ck-devtools-panel[data-ck-edge=bottom]{bottom:0;border-top:1px solid var(--ckd-border)}
.ck-devtools-panel[data-ck-edge=top]{top:0;border-bottom:1px solid var(--ckd-border)}
.ck-devtools-panel[data-ck-edge=top] .ck-devtools-resize{order:1}
.ck-devtools-resize{flex:none;height:6px;cursor:ns-resize;background:var(--ckd-surface);touch-action:none}
.ck-devtools-resize:hover,.ck-devtools-resize:focus-visible{background:var(--ckd-accent)}
.ck-devtools-header{flex:none;display:flex;align-items:center;gap:8px;padding:4px 8px;border-bottom:1px solid var(--ckd-border)}
.ck-devtools-title{margin:0 8px 0 0;font-size:13px;font-weight:700}
.ck-devtools-tabs{display:flex;gap:2px;flex:1;overflow-x:auto}
.ck-devtools-tab{padding:4px 10px;border:0;border-radius:6px;background:none;color:var(--ckd-muted);font:inherit;cursor:pointer;white-space:nowrap}
.ck-devtools-tab[aria-selected=true]{background:var(--ckd-surface);color:var(--ckd-fg);font-weight:600}
.ck-devtools-body{flex:1;min-height:0;overflow:auto;padding:8px 12px}
.ck-devtools-body:has(.ck-devtools-log){display:flex;flex-direction:column;overflow:hidden}
.ck-devtools-button{padding:3px 10px;border:1px solid var(--ckd-border);border-radius:6px;background:var(--ckd-surface);color:var(--ckd-fg);font:inherit;cursor:pointer}
.ck-devtools-button[aria-pressed=true]{background:var(--ckd-accent);color:var(--ckd-accent-fg);border-color:var(--ckd-accent)}
.ck-devtools-button:disabled{opacity:.6;cursor:default}
.ck-devtools-close{font-size:16px;line-height:1;padding:2px 8px}
.ck-devtools-actions,.ck-devtools-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:8px 0}
.ck-devtools-toolbar{margin-top:0}
.ck-devtools-muted{color:var(--ckd-muted);margin:4px 0}
.ck-devtools-heading{font-size:13px;margin:12px 0 4px}
.ck-devtools-facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.ck-devtools-facts dt{color:var(--ckd-muted)}
.ck-devtools-facts dd{margin:0;overflow-wrap:anywhere}
.ck-devtools-state{font-weight:600}
.ck-devtools [data-ck-state=connected],.ck-devtools [data-ck-state=subscribed],.ck-devtools [data-ck-state=signed-in]{color:var(--ckd-ok)}
.ck-devtools [data-ck-state=connecting],.ck-devtools [data-ck-state=subscribing],.ck-devtools [data-ck-state=signing-in]{color:var(--ckd-wait)}
.ck-devtools [data-ck-state=unavailable]{color:var(--ckd-warn)}
.ck-devtools [data-ck-state=failed],.ck-devtools [data-ck-state=error]{color:var(--ckd-bad)}
.ck-devtools-dot[data-ck-state=connected]{background:var(--ckd-ok)}
.ck-devtools-dot[data-ck-state=connecting]{background:var(--ckd-wait)}
.ck-devtools-dot[data-ck-state=unavailable]{background:var(--ckd-warn)}
.ck-devtools-dot[data-ck-state=failed]{background:var(--ckd-bad)}
.ck-devtools-timeline,.ck-devtools-members{margin:0;padding-left:18px}
.ck-devtools-timeline [data-ck-type=error]{color:var(--ckd-bad)}
.ck-devtools-time{color:var(--ckd-muted);font-variant-numeric:tabular-nums}
.ck-devtools-table{border-collapse:collapse;width:100%}
.ck-devtools-table th,.ck-devtools-table td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--ckd-border);vertical-align:top}
.ck-devtools-table thead th{color:var(--ckd-muted);font-weight:600}
.ck-devtools-error{color:var(--ckd-bad);overflow-wrap:anywhere}
.ck-devtools-field{display:inline-flex;align-items:center;gap:6px}
.ck-devtools-field input,.ck-devtools-field textarea{padding:3px 6px;border:1px solid var(--ckd-border);border-radius:6px;background:var(--ckd-bg);color:var(--ckd-fg);font:inherit}
.ck-devtools-creator{display:flex;flex-direction:column;align-items:flex-start;gap:8px;max-width:40rem}
.ck-devtools-creator .ck-devtools-field{display:flex;flex-direction:column;align-items:stretch;width:100%}
.ck-devtools-creator textarea{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;resize:vertical}
.ck-devtools-creator-status{margin:0}
.ck-devtools-creator-status[data-ck-status=error]{color:var(--ckd-bad)}
.ck-devtools-log{flex:1;min-height:0;display:flex;gap:8px}
.ck-devtools-log>.ck-devtools-muted{flex:1}
.ck-devtools-log-list{flex:1;min-width:0;margin:0;padding:0;list-style:none;overflow:auto;border:1px solid var(--ckd-border);border-radius:6px}
.ck-devtools-log-row{display:grid;grid-template-columns:7.5em 5.5em minmax(6em,12em) minmax(6em,12em) 4.5em minmax(0,1fr);gap:8px;padding:2px 8px;cursor:pointer;white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.ck-devtools-log-row>*{overflow:hidden;text-overflow:ellipsis}
.ck-devtools-log-row:nth-child(even){background:var(--ckd-surface)}
.ck-devtools-log-row[aria-selected=true]{background:var(--ckd-accent);color:var(--ckd-accent-fg)}
.ck-devtools-log-row[aria-selected=true] .ck-devtools-time{color:inherit}
.ck-devtools-direction[data-ck-direction=in]{font-weight:600}
.ck-devtools-payload{flex:0 0 38%;min-width:0;overflow:auto;border:1px solid var(--ckd-border);border-radius:6px;padding:6px 8px}
.ck-devtools-json{margin:6px 0 0;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
@media (prefers-reduced-motion:no-preference){.ck-devtools-toggle{transition:bottom .12s,top .12s}}
`

let mounted = 0
let element: HTMLStyleElement | undefined

/** Adds the stylesheet to `document` while at least one panel is mounted; returns the removal. */
export function injectStyles(document: Document | undefined, nonce?: string): () => void {
  if (!document) return () => {}
  if (mounted++ === 0) {
    element = document.createElement('style')
    element.setAttribute('data-ck-devtools', '')
    if (nonce) element.nonce = nonce
    element.textContent = CSS
    document.head.append(element)
  }
  let done = false
  return () => {
    if (done) return
    done = true
    if (--mounted === 0) {
      element?.remove()
      element = undefined
    }
  }
}
