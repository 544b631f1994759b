import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { en } from '../src/messages/index.js'
import { nb } from '../src/messages/nb.js'
import { Progress } from '../src/progress.js'

function terminal(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  let written = ''
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      written += String(chunk)
      callback()
    },
  })
  return Object.assign(stream, { isTTY, text: () => written })
}

describe('Progress', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('says nothing in the first second, then redraws one line in place, and erases it at the end', () => {
    const stderr = terminal(true)
    const counter = { rows: 0 }
    const progress = new Progress(stderr, counter, en).start()
    counter.rows = 1234
    vi.advanceTimersByTime(999)
    expect(stderr.text()).toBe('')
    counter.rows = 500_000
    vi.advanceTimersByTime(1)
    expect(stderr.text()).toBe('\rreading: 500,000 rows (500,000 rows/s)\u001b[K')
    counter.rows = 1_000_000
    vi.advanceTimersByTime(250)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what this looks for
    expect(stderr.text()).toMatch(/\r\u001b\[K$|\rreading: 1,000,000 rows \(\d{3},\d{3} rows\/s\)\u001b\[K$/)
    progress.stop()
    expect(stderr.text().endsWith('\r\u001b[K')).toBe(true)
  })

  it('speaks the language of the run', () => {
    const stderr = terminal(true)
    const progress = new Progress(stderr, { rows: 2_000_000 }, nb).start()
    vi.advanceTimersByTime(1000)
    progress.stop()
    expect(stderr.text()).toContain('leser: 2 000 000 rader')
  })

  it('leaves a quick run alone', () => {
    const stderr = terminal(true)
    new Progress(stderr, { rows: 10 }, en).start().stop()
    expect(stderr.text()).toBe('')
  })

  it.each([
    ['stderr is not a terminal', false, {}, false, false],
    ['in CI', true, { CI: 'true' }, false, false],
    ['with --quiet', true, {}, true, false],
    ['at a terminal', true, {}, false, true],
    ['at a terminal, CI=false', true, { CI: 'false' }, false, true],
  ])('is wanted %s: %s', (_name, isTTY, env, quiet, wanted) => {
    expect(Progress.wanted(terminal(isTTY), env, quiet)).toBe(wanted)
  })
})
