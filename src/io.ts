// The seam between the program and the process: tests pass their own streams and cwd.
import type { Readable, Writable } from 'node:stream'

export interface OutputStream extends Writable {
  isTTY?: boolean
  columns?: number
  rows?: number
}

export interface Io {
  stdin: Readable
  stdout: OutputStream
  stderr: OutputStream
  cwd: string
  env: Record<string, string | undefined>
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }
}

export class BrokenPipe extends Error {
  override name = 'BrokenPipe'
}

/** A reader that went away (`| head`), or a descriptor closed under us: the run ends quietly. */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return error instanceof BrokenPipe || code === 'EPIPE' || code === 'EBADF' || code === 'ECONNRESET'
}

/** Resolves once `text` is handed to the OS; a reader that went away (`| head`) is a BrokenPipe. */
export function writeText(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, error => {
      if (error === null || error === undefined) resolve()
      else reject(isBrokenPipe(error) ? new BrokenPipe(error.message) : error)
    })
  })
}

/**
 * Writes to stdout or stderr with backpressure: write() never waits, and whoever produces the text
 * (the reader, between chunks of input) awaits drain() when `pressing` says the stream's buffer is
 * full, so memory stays flat however slowly the other end reads. A broken pipe stops the writes: on
 * stdout drain() then rejects with BrokenPipe (the run ends quietly); on stderr (`fatal` false) the
 * rest of the messages are dropped and the run goes on.
 */
function asWriteError(error: Error): Error {
  return isBrokenPipe(error) ? new BrokenPipe(error.message) : error
}

export class StreamWriter {
  /** The first write error: a BrokenPipe for a reader that went away, else the error as it came. */
  private broken: Error | null = null

  constructor(
    private readonly stream: Writable,
    private readonly fatal: boolean,
  ) {}

  write(text: string | Uint8Array): void {
    if (this.broken !== null) return
    this.stream.write(text, error => {
      if (error !== null && error !== undefined) this.broken ??= asWriteError(error)
    })
  }

  get pressing(): boolean {
    return this.broken !== null ? this.fatal : this.stream.writableNeedDrain === true
  }

  /** Resolves when the stream has room again (at once when it has); rejects with BrokenPipe on a fatal broken pipe. */
  drain(): Promise<void> {
    if (this.broken !== null) return this.fatal ? Promise.reject(this.broken) : Promise.resolve()
    if (this.stream.writableNeedDrain !== true) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        this.stream.off('drain', onDrain)
        this.stream.off('error', onError)
        this.stream.off('close', onClose)
        if (error !== undefined) this.broken ??= asWriteError(error)
        if (this.broken !== null && this.fatal) reject(this.broken)
        else resolve()
      }
      const onDrain = (): void => done()
      const onError = (error: Error): void => done(error)
      const onClose = (): void => done(Object.assign(new Error('stream closed'), { code: 'EPIPE' }))
      this.stream.on('drain', onDrain)
      this.stream.on('error', onError)
      this.stream.on('close', onClose)
    })
  }

  /** Resolves when everything written so far has been handed to the OS (rejects as drain() does). */
  flush(): Promise<void> {
    if (this.broken !== null) return this.fatal ? Promise.reject(this.broken) : Promise.resolve()
    return new Promise((resolve, reject) => {
      this.stream.write('', error => {
        if (error !== null && error !== undefined) this.broken ??= asWriteError(error)
        if (this.broken !== null && this.fatal) reject(this.broken)
        else resolve()
      })
    })
  }
}

/** Colour only where a person looks at it: NO_COLOR and --no-color win, FORCE_COLOR forces, else a TTY decides. */
export function shouldColor(stream: OutputStream, env: Io['env'], colorOption: boolean): boolean {
  if (!colorOption) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true
}

/** The terminal's width when output goes to one (not to -o FILE, a pipe or a file); tables are fitted to it. */
export function terminalWidth(io: Io, output: string | undefined): number | undefined {
  if (output !== undefined || io.stdout.isTTY !== true) return undefined
  const columns = io.stdout.columns
  return columns !== undefined && columns > 0 ? columns : undefined
}
