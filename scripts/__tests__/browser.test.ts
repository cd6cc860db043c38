import { describe, expect, it } from 'vitest'
import { browserCandidates, findBrowser, missingBrowserMessage } from '../browser.mjs'

// A narrow unit test over fake machines; the real lookup runs in setup.test.ts and in every e2e run.
const machine = (platform: string, env: Record<string, string>, files: string[]) => ({
  platform,
  env,
  isFile: (path: string) => files.includes(path),
})

describe('findBrowser', () => {
  it('Linux: the first of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH', () => {
    const env = { PATH: '/home/me/bin:/usr/local/bin:/usr/bin' }
    expect(findBrowser(machine('linux', env, ['/usr/bin/chromium', '/usr/local/bin/google-chrome']))).toBe(
      '/usr/local/bin/google-chrome',
    )
    expect(findBrowser(machine('linux', env, ['/usr/bin/chromium']))).toBe('/usr/bin/chromium')
    expect(findBrowser(machine('linux', env, ['/usr/bin/google-chrome-stable']))).toBe(
      '/usr/bin/google-chrome-stable',
    )
    expect(findBrowser(machine('linux', { PATH: '/snap/bin' }, ['/snap/bin/chromium-browser']))).toBe(
      '/snap/bin/chromium-browser',
    )
    expect(findBrowser(machine('linux', env, ['/opt/chromium/chrome']))).toBeUndefined()
    expect(findBrowser(machine('linux', {}, ['/usr/bin/chromium']))).toBeUndefined()
  })

  it('CHROMIUM_PATH wins, and when it is not a file nothing else is taken', () => {
    const env = { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chrome/chrome' }
    expect(findBrowser(machine('linux', env, ['/opt/chrome/chrome', '/usr/bin/chromium']))).toBe(
      '/opt/chrome/chrome',
    )
    expect(findBrowser(machine('linux', env, ['/usr/bin/chromium']))).toBeUndefined()
    expect(missingBrowserMessage({ platform: 'linux', env })).toContain(
      'CHROMIUM_PATH=/opt/chrome/chrome is not a file',
    )
  })

  it('macOS: Google Chrome, then Chromium, in /Applications and ~/Applications, then PATH', () => {
    const env = { HOME: '/Users/me', PATH: '/opt/homebrew/bin:/usr/bin' }
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium'
    const mine = '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium'
    expect(findBrowser(machine('darwin', env, [chromium, chrome]))).toBe(chrome)
    expect(findBrowser(machine('darwin', env, [chromium]))).toBe(chromium)
    expect(findBrowser(machine('darwin', env, [mine]))).toBe(mine)
    expect(findBrowser(machine('darwin', env, ['/opt/homebrew/bin/chromium']))).toBe(
      '/opt/homebrew/bin/chromium',
    )
  })

  it('Windows: Chrome under Program Files, Program Files (x86), LOCALAPPDATA, then PATH; any case of names', () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local',
      Path: 'C:\\tools;C:\\Windows',
    }
    const x86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
    const local = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    const chromium = 'C:\\Users\\me\\AppData\\Local\\Chromium\\Application\\chrome.exe'
    expect(findBrowser(machine('win32', env, [local, x86]))).toBe(x86)
    expect(findBrowser(machine('win32', env, [local]))).toBe(local)
    expect(findBrowser(machine('win32', env, [chromium]))).toBe(chromium)
    expect(findBrowser(machine('win32', env, ['C:\\tools\\chrome.exe']))).toBe('C:\\tools\\chrome.exe')
    expect(browserCandidates({ platform: 'win32', env }).every((path) => !path.includes('/'))).toBe(true)
  })

  it('the message when nothing is found is one line: what to install and the command without a browser', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const message = missingBrowserMessage({ platform, env: {} })
      expect(message).not.toContain('\n')
      expect(message).toContain('pnpm test:no-browser')
      expect(message).toMatch(/install .*(Chrome|Chromium)/)
    }
    expect(missingBrowserMessage({ platform: 'linux', env: {} })).toContain('apt-get install chromium')
  })
})
