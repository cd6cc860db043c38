import type { ChannelInfo } from '@channelkit/core/devtools'
import { clampHeight, type DevtoolsController, MIN_HEIGHT, TABS } from './createDevtools'
import { bytes, clock, json, preview, subscriptionError, timelineText } from './format'
import { type Child, el, inputValue, type KeyEvent, type PointerLikeEvent, type ViewNode } from './node'
import type { DevtoolsState, DevtoolsTab, LogEntry } from './types'

const TAB_LABELS: Record<DevtoolsTab, string> = {
  connection: 'Connection',
  channels: 'Channels',
  presence: 'Presence & user',
  events: 'Events',
  trigger: 'Trigger',
}
const RESIZE_STEP = 24

const muted = (text: string) => el('p', { class: 'ck-devtools-muted' }, text)
const facts = (label: string, rows: [string, Child | Child[]][]) =>
  el(
    'dl',
    { class: 'ck-devtools-facts', 'aria-label': label },
    rows.flatMap(([term, value]) => [
      el('dt', { key: `t-${term}` }, term),
      el('dd', { key: `d-${term}` }, value),
    ]),
  )
const button = (props: Record<string, unknown>, text: string) =>
  el('button', { type: 'button', class: 'ck-devtools-button', ...props }, text)

/** Moves through a list of ids with the arrow keys, Home and End; `go` gets the next one. */
function arrowKeys<T>(items: readonly T[], current: T, go: (next: T) => void, keys: [string, string]) {
  return (event: KeyEvent) => {
    const at = items.indexOf(current)
    const next =
      event.key === keys[1]
        ? items[Math.min(items.length - 1, at + 1)]
        : event.key === keys[0]
          ? items[Math.max(0, at - 1)]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items[items.length - 1]
              : undefined
    if (next === undefined) return
    event.preventDefault()
    go(next)
  }
}

function startResize(devtools: DevtoolsController, startY: number, edge: 'top' | 'bottom') {
  const startHeight = devtools.getSnapshot().height
  const move = (event: PointerEvent) => {
    const delta = edge === 'bottom' ? startY - event.clientY : event.clientY - startY
    devtools.setHeight(startHeight + delta)
  }
  const stop = () => {
    window.removeEventListener('pointermove', move)
    window.removeEventListener('pointerup', stop)
    window.removeEventListener('pointercancel', stop)
  }
  window.addEventListener('pointermove', move)
  window.addEventListener('pointerup', stop)
  window.addEventListener('pointercancel', stop)
}

function connectionTab(state: DevtoolsState, devtools: DevtoolsController): Child[] {
  const { connection } = state
  return [
    facts('Connection', [
      [
        'State',
        el('span', { class: 'ck-devtools-state', 'data-ck-state': connection.state }, connection.state),
      ],
      ['Previous', connection.previous],
      ['Socket id', connection.socketId ?? '–'],
      ['Reconnect attempts', String(state.reconnects)],
      [
        'Last error',
        connection.error
          ? `${connection.error.code ?? ''} ${connection.error.type}: ${connection.error.message}`.trim()
          : '–',
      ],
    ]),
    el(
      'div',
      { class: 'ck-devtools-actions' },
      button({ onClick: () => devtools.connect() }, 'Connect'),
      button({ onClick: () => devtools.disconnect() }, 'Disconnect'),
    ),
    el('h3', { class: 'ck-devtools-heading' }, 'Timeline'),
    el(
      'ol',
      { class: 'ck-devtools-timeline', 'aria-label': 'Connection timeline', 'data-ck-part': 'timeline' },
      state.timeline.map((entry) =>
        el(
          'li',
          { key: entry.id, 'data-ck-type': entry.type },
          el('time', { class: 'ck-devtools-time' }, clock(entry.at)),
          ' ',
          timelineText(entry),
        ),
      ),
    ),
  ]
}

function cacheText(info: ChannelInfo): string {
  if (!info.snapshot.cache) return '–'
  if (info.snapshot.cacheMiss === undefined) return '?'
  return info.snapshot.cacheMiss ? 'miss' : 'hit'
}

function channelsTab(state: DevtoolsState, devtools: DevtoolsController): Child[] {
  if (state.channels.length === 0) return [muted('No channels yet.')]
  const heads = ['Channel', 'Status', 'Holders', 'Subscribers', 'Cache', 'Error', 'Action']
  return [
    el(
      'table',
      { class: 'ck-devtools-table', 'aria-label': 'Channels' },
      el(
        'thead',
        null,
        el(
          'tr',
          null,
          heads.map((head) => el('th', { key: head, scope: 'col' }, head)),
        ),
      ),
      el(
        'tbody',
        null,
        state.channels.map((info) =>
          el(
            'tr',
            { key: info.name, 'data-ck-channel': info.name },
            el('th', { scope: 'row' }, info.name),
            el(
              'td',
              null,
              el(
                'span',
                {
                  class: 'ck-devtools-state',
                  'data-ck-state': info.snapshot.status,
                  'data-ck-part': 'status',
                },
                info.snapshot.status,
              ),
            ),
            el('td', null, String(info.holders)),
            el(
              'td',
              null,
              info.snapshot.subscriptionCount === undefined ? '–' : String(info.snapshot.subscriptionCount),
            ),
            el('td', null, cacheText(info)),
            el('td', { class: 'ck-devtools-error' }, subscriptionError(info.snapshot.error)),
            el(
              'td',
              null,
              info.snapshot.status === 'error'
                ? button(
                    { 'aria-label': `Retry ${info.name}`, onClick: () => devtools.retry(info.name) },
                    'Retry',
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  ]
}

function presenceTab(state: DevtoolsState, devtools: DevtoolsController): Child[] {
  const rooms = state.channels.filter((info) => info.presence)
  const { user, watchlist } = state
  return [
    ...(rooms.length === 0
      ? [muted('No presence channels.')]
      : rooms.map((info) => {
          const roster = info.presence!
          return el(
            'section',
            { key: info.name, class: 'ck-devtools-room', 'aria-label': info.name, 'data-ck-room': info.name },
            el('h3', { class: 'ck-devtools-heading' }, `${info.name} (${roster.count})`),
            el('p', null, `me: ${roster.me?.id ?? '–'}${roster.stale ? ' · not live' : ''}`),
            el(
              'ul',
              { class: 'ck-devtools-members', 'aria-label': `Members of ${info.name}` },
              roster.members.map((member) =>
                el(
                  'li',
                  { key: member.id },
                  el('strong', null, member.id),
                  member.id === roster.me?.id ? ' (me) ' : ' ',
                  el('code', null, preview(member.info, 120)),
                ),
              ),
            ),
          )
        })),
    el('h3', { class: 'ck-devtools-heading' }, 'User'),
    facts('User', [
      ['Sign-in', el('span', { class: 'ck-devtools-state', 'data-ck-state': user.status }, user.status)],
      ['Id', user.id ?? '–'],
      ['Info', user.info === undefined ? '–' : el('code', null, preview(user.info, 120))],
      ['Error', user.error ? user.error.message : '–'],
    ]),
    user.status === 'signed-out' || user.status === 'error'
      ? el('div', { class: 'ck-devtools-actions' }, button({ onClick: () => devtools.signin() }, 'Sign in'))
      : null,
    el('h3', { class: 'ck-devtools-heading' }, 'Watchlist'),
    facts('Watchlist', [
      ['Online', watchlist.online.length ? watchlist.online.join(', ') : '–'],
      ['Offline', watchlist.offline.length ? watchlist.offline.join(', ') : '–'],
    ]),
  ]
}

function logRow(
  entry: LogEntry,
  state: DevtoolsState,
  devtools: DevtoolsController,
  ids: readonly number[],
  focusable: boolean,
) {
  const selected = state.selected?.id === entry.id
  const move = (id: number) => {
    devtools.select(id)
    devtools.focus(`[data-ck-log-id="${id}"]`)
  }
  return el(
    'li',
    {
      key: entry.id,
      id: `${devtools.id}-log-${entry.id}`,
      role: 'option',
      class: 'ck-devtools-log-row',
      'aria-selected': selected ? 'true' : 'false',
      tabindex: focusable ? 0 : -1,
      'data-ck-part': 'log-row',
      'data-ck-log-id': entry.id,
      'data-ck-direction': entry.direction,
      'data-ck-event': entry.event,
      onClick: () => devtools.select(entry.id),
      onKeydown: (event: KeyEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          devtools.select(entry.id)
          return
        }
        arrowKeys(ids, entry.id, move, ['ArrowUp', 'ArrowDown'])(event)
      },
    },
    el('time', { class: 'ck-devtools-time' }, clock(entry.at)),
    el(
      'span',
      { class: 'ck-devtools-direction', 'data-ck-direction': entry.direction },
      entry.direction === 'in' ? '↓ in' : entry.sent ? '↑ out' : '↑ not sent',
    ),
    el('span', { class: 'ck-devtools-channel' }, entry.channel ?? '(connection)'),
    el('span', { class: 'ck-devtools-event' }, entry.event),
    el('span', { class: 'ck-devtools-size' }, bytes(entry.size)),
    el('span', { class: 'ck-devtools-preview' }, preview(entry.data)),
  )
}

function eventsTab(state: DevtoolsState, devtools: DevtoolsController): Child[] {
  const { visible, selected } = state
  const focusId = selected && visible.includes(selected) ? selected.id : visible[0]?.id
  const ids = visible.map((entry) => entry.id)
  const count =
    visible.length === state.log.length
      ? `${state.log.length} events`
      : `${visible.length} of ${state.log.length} events`
  const notes = [
    state.paused && state.skipped > 0 ? `${state.skipped} skipped while paused` : '',
    state.dropped > 0 ? `${state.dropped} older dropped` : '',
  ].filter(Boolean)
  const field = (which: 'channel' | 'event', label: string) =>
    el(
      'label',
      { class: 'ck-devtools-field' },
      el('span', null, label),
      el('input', {
        type: 'search',
        value: state.filters[which],
        placeholder: 'all',
        'data-ck-filter': which,
        onInput: (event: Event) => devtools.setFilter(which, inputValue(event)),
      }),
    )
  return [
    el(
      'div',
      { class: 'ck-devtools-toolbar' },
      field('channel', 'Channel filter'),
      field('event', 'Event filter'),
      button(
        { 'aria-pressed': state.paused ? 'true' : 'false', onClick: () => devtools.togglePause() },
        state.paused ? 'Resume' : 'Pause',
      ),
      button({ onClick: () => devtools.clear() }, 'Clear'),
      el('span', { class: 'ck-devtools-muted', 'data-ck-part': 'log-count' }, [count, ...notes].join(' · ')),
    ),
    el(
      'div',
      { class: 'ck-devtools-log' },
      visible.length === 0
        ? muted(state.log.length === 0 ? 'No events yet.' : 'No events match the filters.')
        : el(
            'ul',
            {
              role: 'listbox',
              'aria-label': 'Events in and out',
              class: 'ck-devtools-log-list',
              'data-ck-part': 'log',
            },
            visible.map((entry) => logRow(entry, state, devtools, ids, entry.id === focusId)),
          ),
      el(
        'div',
        { class: 'ck-devtools-payload', role: 'region', 'aria-label': 'Payload', 'data-ck-part': 'payload' },
        selected
          ? [
              facts('Event', [
                ['Event', selected.event],
                ['Channel', selected.channel ?? '(connection)'],
                ['Direction', selected.direction === 'in' ? 'in' : selected.sent ? 'out' : 'out (not sent)'],
                ['Time', clock(selected.at)],
                ['Size', bytes(selected.size)],
                ...(selected.userId ? ([['From', selected.userId]] as [string, string][]) : []),
              ]),
              el(
                'pre',
                { class: 'ck-devtools-json', tabindex: 0, 'aria-label': 'Payload JSON' },
                json(selected.data, 2),
              ),
            ]
          : muted('Select an event to see its payload.'),
      ),
    ),
  ]
}

function triggerTab(state: DevtoolsState, devtools: DevtoolsController): Child[] {
  const { creator } = state
  const listId = `${devtools.id}-channels`
  const input = (field: 'channel' | 'event', label: string, extra: Record<string, unknown> = {}) =>
    el(
      'label',
      { class: 'ck-devtools-field' },
      el('span', null, label),
      el('input', {
        value: creator[field],
        autocomplete: 'off',
        spellcheck: false,
        'data-ck-draft': field,
        onInput: (event: Event) => devtools.setDraft(field, inputValue(event)),
        ...extra,
      }),
    )
  return [
    el(
      'form',
      {
        class: 'ck-devtools-creator',
        'aria-label': 'Event creator',
        onSubmit: (event: Event) => {
          event.preventDefault()
          void devtools.fire()
        },
      },
      input('channel', 'Channel', { list: listId }),
      el(
        'datalist',
        { id: listId },
        state.channels.map((info) => el('option', { key: info.name, value: info.name })),
      ),
      input('event', 'Event'),
      el(
        'label',
        { class: 'ck-devtools-field' },
        el('span', null, 'Data (JSON)'),
        el('textarea', {
          value: creator.data,
          rows: 4,
          spellcheck: false,
          'data-ck-draft': 'data',
          onInput: (event: Event) => devtools.setDraft('data', inputValue(event)),
        }),
      ),
      el(
        'div',
        { class: 'ck-devtools-actions' },
        el(
          'button',
          { type: 'submit', class: 'ck-devtools-button', disabled: creator.status === 'sending' },
          'Trigger event',
        ),
        el(
          'p',
          { role: 'status', class: 'ck-devtools-creator-status', 'data-ck-status': creator.status },
          creator.message,
        ),
      ),
      muted(`Sends with ${state.via}.`),
    ),
  ]
}

const TAB_CONTENT: Record<DevtoolsTab, (state: DevtoolsState, devtools: DevtoolsController) => Child[]> = {
  connection: connectionTab,
  channels: channelsTab,
  presence: presenceTab,
  events: eventsTab,
  trigger: triggerTab,
}

function tabLabel(tab: DevtoolsTab, state: DevtoolsState): string {
  if (tab === 'channels') return `${TAB_LABELS.channels} (${state.channels.length})`
  if (tab === 'events') return `${TAB_LABELS.events} (${state.log.length})`
  return TAB_LABELS[tab]
}

/** The whole devtools (toggle and panel) for `state`. */
export function view(state: DevtoolsState, devtools: DevtoolsController): ViewNode {
  const id = devtools.id
  const edge = state.position.startsWith('top') ? 'top' : 'bottom'
  const selectTab = (tab: DevtoolsTab) => {
    devtools.setTab(tab)
    devtools.focus(`[data-ck-tab="${tab}"]`)
  }
  const panel = state.open
    ? el(
        'section',
        {
          id: `${id}-panel`,
          class: 'ck-devtools-panel',
          'aria-label': 'ChannelKit devtools',
          'data-ck-part': 'panel',
          'data-ck-edge': edge,
          onKeydown: (event: KeyEvent) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              devtools.toggle(false)
            }
          },
        },
        el('div', {
          class: 'ck-devtools-resize',
          role: 'separator',
          tabindex: 0,
          'aria-orientation': 'horizontal',
          'aria-label': 'Resize devtools',
          'aria-valuenow': state.height,
          'aria-valuemin': MIN_HEIGHT,
          'aria-valuemax': clampHeight(Number.POSITIVE_INFINITY),
          'data-ck-part': 'resize',
          onKeydown: (event: KeyEvent) => {
            const grow = edge === 'bottom' ? 'ArrowUp' : 'ArrowDown'
            const shrink = edge === 'bottom' ? 'ArrowDown' : 'ArrowUp'
            const height = state.height
            const next =
              event.key === grow
                ? height + RESIZE_STEP
                : event.key === shrink
                  ? height - RESIZE_STEP
                  : event.key === 'Home'
                    ? MIN_HEIGHT
                    : event.key === 'End'
                      ? Number.POSITIVE_INFINITY
                      : undefined
            if (next === undefined) return
            event.preventDefault()
            devtools.setHeight(next)
          },
          onPointerdown: (event: PointerLikeEvent) => {
            event.preventDefault()
            startResize(devtools, event.clientY, edge)
          },
        }),
        el(
          'div',
          { class: 'ck-devtools-header' },
          el('h2', { class: 'ck-devtools-title' }, 'ChannelKit'),
          el(
            'div',
            {
              role: 'tablist',
              'aria-label': 'Devtools sections',
              class: 'ck-devtools-tabs',
              onKeydown: arrowKeys(TABS, state.tab, selectTab, ['ArrowLeft', 'ArrowRight']),
            },
            TABS.map((tab) => {
              const selected = tab === state.tab
              return el(
                'button',
                {
                  key: tab,
                  type: 'button',
                  role: 'tab',
                  id: `${id}-tab-${tab}`,
                  class: 'ck-devtools-tab',
                  tabindex: selected ? 0 : -1,
                  'aria-selected': selected ? 'true' : 'false',
                  'aria-controls': selected ? `${id}-tabpanel` : undefined,
                  'data-ck-part': 'tab',
                  'data-ck-tab': tab,
                  onClick: () => devtools.setTab(tab),
                },
                tabLabel(tab, state),
              )
            }),
          ),
          button(
            {
              class: 'ck-devtools-button ck-devtools-close',
              'aria-label': 'Close devtools',
              onClick: () => devtools.toggle(false),
            },
            '×',
          ),
        ),
        el(
          'div',
          {
            id: `${id}-tabpanel`,
            role: 'tabpanel',
            class: 'ck-devtools-body',
            tabindex: 0,
            'aria-labelledby': `${id}-tab-${state.tab}`,
            'data-ck-tabpanel': state.tab,
          },
          TAB_CONTENT[state.tab](state, devtools),
        ),
      )
    : null
  return el(
    'div',
    {
      class: 'ck-devtools',
      dir: 'ltr',
      'data-ck-devtools': '',
      'data-ck-position': state.position,
      'data-ck-open': state.open ? '' : undefined,
      'data-theme': state.theme === 'system' ? undefined : state.theme,
      style: { '--ckd-height': `${state.height}px` },
    },
    el(
      'button',
      {
        type: 'button',
        class: 'ck-devtools-toggle',
        'aria-expanded': state.open ? 'true' : 'false',
        'aria-controls': state.open ? `${id}-panel` : undefined,
        'data-ck-part': 'toggle',
        onClick: () => devtools.toggle(),
      },
      el('span', {
        class: 'ck-devtools-dot',
        'data-ck-state': state.connection.state,
        'aria-hidden': 'true',
      }),
      'ChannelKit devtools',
    ),
    panel,
  )
}
