import { describe, expect, test } from 'vitest'
import { publicRuntimeConfig } from '../options'
import { clientOptions } from '../runtime/clientOptions'
import { uiConfig } from '../runtime/uiConfig'

describe('module options → runtime config → kit options', () => {
  test('defaults: every field present (so environment variables can set it), auth at /api/pusher/*', () => {
    const config = publicRuntimeConfig({})
    expect(config).toEqual({
      key: '',
      cluster: 'mt1',
      wsHost: '',
      wsPort: '',
      wssPort: '',
      forceTLS: '',
      enabledTransports: [],
      channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax', headers: {}, params: {} },
      userAuthentication: { endpoint: '/api/pusher/user-auth', transport: 'ajax', headers: {}, params: {} },
      releaseDelay: '',
      subscriptionTimeout: '',
      ui: { locale: '', dir: '', labels: {} },
    })
    expect(uiConfig(config.ui)).toEqual({}) // English, the page's direction
    // Unset fields stay out of the pusher-js options, so its own defaults apply.
    expect(clientOptions({ ...config, key: 'k' })).toEqual({
      key: 'k',
      cluster: 'mt1',
      channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax' },
      userAuthentication: { endpoint: '/api/pusher/user-auth', transport: 'ajax' },
    })
  })

  test('every option reaches the kit', () => {
    const config = publicRuntimeConfig({
      key: 'app-key',
      cluster: 'eu',
      wsHost: 'ws.example.com',
      wsPort: 6001,
      wssPort: 6002,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: { endpoint: 'https://api.example.com/auth', headers: { 'x-csrf': 't' } },
      userAuthentication: { endpoint: '/signin', params: { team: 'a' } },
      releaseDelay: 0,
      subscriptionTimeout: 5000,
    })
    expect(clientOptions(config)).toEqual({
      key: 'app-key',
      cluster: 'eu',
      wsHost: 'ws.example.com',
      wsPort: 6001,
      wssPort: 6002,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: {
        endpoint: 'https://api.example.com/auth',
        transport: 'ajax',
        headers: { 'x-csrf': 't' },
      },
      userAuthentication: { endpoint: '/signin', transport: 'ajax', params: { team: 'a' } },
      releaseDelay: 0,
      subscriptionTimeout: 5000,
    })
  })

  test('values as Nuxt hands them over from environment variables', () => {
    // NUXT_PUBLIC_CHANNELKIT_WS_PORT=6001 arrives parsed; a string that slipped through still works.
    const config = {
      ...publicRuntimeConfig({ key: 'k' }),
      wsPort: '6001' as unknown as number,
      forceTLS: true,
    }
    expect(clientOptions(config)).toMatchObject({ wsPort: 6001, forceTLS: true })
  })

  test('ui: locale, direction and labels reach ChannelKitUIPlugin as plain data; unset ones stay out', () => {
    const labels = {
      onlineUsers: { count: { one: '# ici', other: '# ici' } },
      connection: { connected: 'En direct' },
    }
    const config = publicRuntimeConfig({ ui: { locale: 'fr', dir: 'ltr', labels } })
    expect(config.ui).toEqual({ locale: 'fr', dir: 'ltr', labels })
    expect(JSON.parse(JSON.stringify(config.ui))).toEqual(config.ui) // the payload carries it as it is
    expect(uiConfig(config.ui)).toEqual({ locale: 'fr', dir: 'ltr', labels })
    // NUXT_PUBLIC_CHANNELKIT_UI_LOCALE=ar alone, at run time
    expect(uiConfig({ ...publicRuntimeConfig({}).ui, locale: 'ar' })).toEqual({ locale: 'ar' })
  })
})
