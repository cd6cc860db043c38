import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { useConnectionState } from '../useConnectionState'
import { useEvent } from '../useEvent'
import { useNotifications } from '../useNotifications'
import { usePresence } from '../usePresence'
import { usePusher } from '../usePusher'
import { useTyping } from '../useTyping'
import { useUser } from '../useUser'
import { useWatchlist } from '../useWatchlist'

/** A tree that uses every hook and prints what it reads. */
export function AllHooks({ room }: { room: string }) {
  const kit = usePusher()
  const connection = useConnectionState()
  const channel = useChannel(`private-${room}`)
  const presence = usePresence(`presence-${room}`)
  const count = usePresence(`presence-${room}`, (s) => s.count)
  useEvent(`private-${room}`, 'message', () => {})
  useEvent(`private-${room}`, null, () => {})
  const trigger = useClientTrigger(`private-${room}`)
  const typing = useTyping(`presence-${room}`)
  const toasts = useNotifications(`private-${room}`, 'alert')
  const user = useUser()
  const watchlist = useWatchlist()
  return (
    <dl>
      <dt>kit</dt>
      <dd>{typeof kit.channel}</dd>
      <dt>connection</dt>
      <dd>{connection.state}</dd>
      <dt>channel</dt>
      <dd>{channel.status}</dd>
      <dt>presence</dt>
      <dd>
        {presence.status} {count}
      </dd>
      <dt>trigger</dt>
      <dd>{typeof trigger}</dd>
      <dt>typing</dt>
      <dd>{typing.typing.length}</dd>
      <dt>toasts</dt>
      <dd>{toasts.visible.length}</dd>
      <dt>user</dt>
      <dd>{user.status}</dd>
      <dt>watchlist</dt>
      <dd>{watchlist.online.length}</dd>
    </dl>
  )
}
