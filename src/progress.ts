// A progress line on stderr for long runs: only for a person at a terminal
// (stderr a TTY, not CI, not --quiet), only after the first second, redrawn
// in place and erased at the end, so that it never reaches stdout or a log.
import type { OutputStream } from './io.js'
import type { Messages } from './messages/index.js'
import { formatCount, NUMBER_STYLES } from './messages/numbers.js'

export interface ProgressCounter {
  rows: number
}

const FIRST_AFTER_MS = 1000
const EVERY_MS = 250

export class Progress {
  private timer: NodeJS.Timeout | undefined
  private drawn = false
  private readonly started = Date.now()

  constructor(
    private readonly stream: OutputStream,
    private readonly counter: ProgressCounter,
    private readonly messages: Messages,
  ) {}

  static wanted(stream: OutputStream, env: Record<string, string | undefined>, quiet: boolean): boolean {
    return stream.isTTY === true && !quiet && (env.CI === undefined || env.CI === '' || env.CI === 'false')
  }

  start(): this {
    this.timer = setTimeout(() => {
      this.draw()
      this.timer = setInterval(() => this.draw(), EVERY_MS)
      this.timer.unref()
    }, FIRST_AFTER_MS)
    this.timer.unref()
    return this
  }

  stop(): void {
    clearTimeout(this.timer)
    clearInterval(this.timer)
    this.clear()
  }

  /** Erases the line (before another message is written); the next tick draws it again. */
  clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\u001b[K')
    this.drawn = false
  }

  private draw(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001)
    const style = NUMBER_STYLES[this.messages.language]
    const rows = formatCount(this.counter.rows, style)
    const rate = formatCount(Math.round(this.counter.rows / seconds), style)
    this.stream.write(`\r${this.messages.notes.progress(rows, rate)}\u001b[K`)
    this.drawn = true
  }
}
