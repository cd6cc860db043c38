import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createPackedApp, type PackedApp } from './support/packed'
import { root } from './support/paths'

// "Testing your app" as a user does it: an app outside the workspace installs @channelkit/testing and the
// bindings from packed tarballs, and its own tests (e2e/fixtures/testingApp) run in Vitest (React in
// happy-dom, Vue in jsdom) and in Jest (React in jsdom).

interface Results {
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[]
}

const outcomes = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Results).testResults
    .flatMap((suite) => suite.assertionResults)
    .map(({ title, status, failureMessages }) => ({ title, status, failure: failureMessages.join('\n') }))
    .sort((a, b) => a.title.localeCompare(b.title))

describe('@channelkit/testing from packed tarballs, in an app outside the workspace', () => {
  let app: PackedApp

  beforeAll(() => {
    app = createPackedApp({
      packages: ['core', 'react', 'vue', 'server', 'testing'],
      devPackages: ['server', 'testing'],
      files: join(root, 'e2e/fixtures/testingApp'),
      dependencies: { 'pusher-js': '8.6.0', react: '19.3.1', 'react-dom': '19.3.1', vue: '3.5.45' },
      devDependencies: {
        '@swc/core': '1.16.22',
        '@swc/jest': '0.2.39',
        '@testing-library/dom': '10.4.2',
        '@testing-library/react': '16.3.3',
        '@testing-library/vue': '8.1.0',
        '@types/node': '20.19.43',
        '@types/react': '19.3.0',
        '@vitejs/plugin-react': '6.3.0',
        '@vitejs/plugin-vue': '6.0.11',
        'happy-dom': '21.0.4',
        jest: '30.5.2',
        'jest-environment-jsdom': '30.5.2',
        jsdom: '26.1.0',
        typescript: '5.9.3',
        vitest: '4.1.12',
      },
      builtDependencies: ['@swc/core', 'esbuild'],
    })
    console.log(
      `[testing-app] ${app.dir}: build ${app.timings.build} ms, pack ${app.timings.pack} ms, install ${app.timings.install} ms`,
    )
  })

  afterAll(() => app?.remove())

  test('Vitest: the React test (happy-dom) and the Vue test (jsdom) pass; a wait that cannot succeed fails saying why', () => {
    const results = join(app.dir, 'vitest.json')
    const run = app.exec('vitest', ['run', '--reporter=json', `--outputFile=${results}`])
    console.log(`[testing-app] vitest run: ${run.ms} ms`)
    expect(run.status, run.output).toBe(1)
    expect(outcomes(results)).toEqual([
      {
        title: 'React: a channel nobody subscribes to fails the wait',
        status: 'failed',
        failure: expect.stringContaining(
          'TestingError: No connection subscribed to "presence-elsewhere" (0 subscribed, 0 pusher:subscribe received',
        ),
      },
      {
        title: 'React: shows who is online and the messages, and sends a wave',
        status: 'passed',
        failure: '',
      },
      { title: 'Vue: shows who is online and the messages, and sends a wave', status: 'passed', failure: '' },
    ])
  })

  test('Jest 30 with @swc/jest: the React test passes in jsdom, and Jest exits with nothing left open', () => {
    const results = join(app.dir, 'jest.json')
    const run = app.exec('jest', ['--json', `--outputFile=${results}`])
    console.log(`[testing-app] jest: ${run.ms} ms`)
    expect(run.status, run.output).toBe(0)
    expect(run.output).not.toMatch(/did not exit|open handle/i)
    expect(outcomes(results)).toEqual([
      {
        title: 'Jest: shows who is online and the messages, and sends a wave',
        status: 'passed',
        failure: '',
      },
    ])
  })

  test("the app's tests typecheck against the packed types", () => {
    const run = app.exec('tsc', ['--noEmit', '-p', 'tsconfig.json'])
    expect(run.status, run.output).toBe(0)
  })
})
