import { control } from './controlClient'

export interface ControlPanelOptions {
  controlUrl: string
  /** The presence channel simulated members join and type on. */
  presenceChannel: string
  /** Defaults of the event creator and notifications. */
  channel: string
  event: string
}

interface SimulatedMember {
  id: string
  info?: unknown
}

const nameOf = (member: SimulatedMember): string => {
  const name = (member.info as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name !== '' ? name : member.id
}

type Child = Node | string | null
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props
  const node = Object.assign(document.createElement(tag), rest)
  if (dataset) Object.assign(node.dataset, dataset)
  for (const child of children) if (child !== null) node.append(child)
  return node
}

function field(label: string, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  return el('label', { className: 'ck-dev-field' }, el('span', {}, label), control)
}

/**
 * The designer's control panel for live stories, framework-free so the React and Vue Storybooks share
 * it: an event creator (as in the Pusher dashboard), simulated presence members, simulated typing and
 * notifications, all through the dev control endpoint. Returns a cleanup.
 */
export function mountControlPanel(root: HTMLElement, options: ControlPanelOptions): () => void {
  const { controlUrl, presenceChannel } = options
  let members: SimulatedMember[] = []
  const status = el('p', { className: 'ck-dev-status', dataset: { part: 'status' } })
  status.setAttribute('role', 'status')

  const run = async (what: string, action: () => Promise<unknown>) => {
    status.dataset.state = 'busy'
    status.textContent = `${what}…`
    try {
      await action()
      status.dataset.state = 'ok'
      status.textContent = `${what}: done`
    } catch (error) {
      status.dataset.state = 'error'
      status.textContent = `${what}: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  // Event creator
  const channel = el('input', { name: 'channel', value: options.channel, required: true })
  const event = el('input', { name: 'event', value: options.event, required: true })
  const data = el('textarea', {
    name: 'data',
    rows: 3,
    value: JSON.stringify({ title: 'Deploy finished', message: 'main is live' }),
  })
  const eventForm = el(
    'form',
    { className: 'ck-dev-form', dataset: { part: 'event-creator' } },
    el('h3', {}, 'Event creator'),
    field('Channel', channel),
    field('Event', event),
    field('Data (JSON)', data),
    el('button', { type: 'submit' }, 'Trigger event'),
  )
  eventForm.addEventListener('submit', (e) => {
    e.preventDefault()
    void run(`Trigger ${event.value} on ${channel.value}`, async () => {
      let parsed: unknown
      try {
        parsed = data.value.trim() === '' ? {} : JSON.parse(data.value)
      } catch {
        throw new Error('Data is not valid JSON, e.g. {"message":"hi"}')
      }
      await control(controlUrl, 'POST', '/control/trigger', {
        channel: channel.value,
        event: event.value,
        data: parsed,
      })
    })
  })

  // Simulated members and typing
  const memberName = el('input', { name: 'member-name', value: 'Ada Lovelace' })
  const list = el('ul', { className: 'ck-dev-members', dataset: { part: 'members' } })
  const render = () => {
    list.replaceChildren(
      ...members.map((member) => {
        const name = nameOf(member)
        const typing = el('button', { type: 'button' }, 'Type')
        typing.setAttribute('aria-label', `Type as ${name}`)
        typing.addEventListener('click', () => {
          void run(`${name} types`, () =>
            control(controlUrl, 'POST', '/control/typing', { channel: presenceChannel, id: member.id }),
          )
        })
        const remove = el('button', { type: 'button' }, 'Remove')
        remove.setAttribute('aria-label', `Remove ${name}`)
        remove.addEventListener('click', () => {
          void run(`Remove ${name}`, async () => {
            const result = await control<{ members: SimulatedMember[] }>(
              controlUrl,
              'DELETE',
              '/control/members',
              {
                channel: presenceChannel,
                id: member.id,
              },
            )
            members = result.members
            render()
          })
        })
        return el('li', {}, el('span', {}, name), typing, remove)
      }),
    )
  }
  const memberForm = el(
    'form',
    { className: 'ck-dev-form', dataset: { part: 'members-form' } },
    el('h3', {}, `Simulated members on ${presenceChannel}`),
    field('Name', memberName),
    el('button', { type: 'submit' }, 'Add member'),
    list,
  )
  memberForm.addEventListener('submit', (e) => {
    e.preventDefault()
    void run(`Add ${memberName.value}`, async () => {
      const result = await control<{ members: SimulatedMember[] }>(controlUrl, 'POST', '/control/members', {
        channel: presenceChannel,
        name: memberName.value,
      })
      members = result.members
      render()
    })
  })

  // Notifications
  const title = el('input', { name: 'title', value: 'New comment' })
  const message = el('input', { name: 'message', value: 'Bob replied to your design' })
  const notifyForm = el(
    'form',
    { className: 'ck-dev-form', dataset: { part: 'notify' } },
    el('h3', {}, 'Notifications'),
    field('Title', title),
    field('Message', message),
    el('button', { type: 'submit' }, 'Push notification'),
  )
  notifyForm.addEventListener('submit', (e) => {
    e.preventDefault()
    void run('Push notification', () =>
      control(controlUrl, 'POST', '/control/notify', {
        channel: options.channel,
        event: options.event,
        title: title.value,
        message: message.value,
      }),
    )
  })

  const panel = el(
    'section',
    { className: 'ck-dev-panel' },
    el('h2', {}, 'Control panel'),
    memberForm,
    notifyForm,
    eventForm,
    status,
  )
  panel.setAttribute('aria-label', 'Control panel')
  root.append(panel)

  let active = true
  control<{ members: SimulatedMember[] }>(
    controlUrl,
    'GET',
    `/control/members?channel=${encodeURIComponent(presenceChannel)}`,
  ).then(
    (result) => {
      if (!active) return
      members = result.members
      render()
    },
    (error: Error) => {
      if (active) status.textContent = error.message
    },
  )
  return () => {
    active = false
    panel.remove()
  }
}
