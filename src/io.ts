// The seam between the program and the process: tests pass their own streams and cwd.
import type { Readable, Writable } from 'node:stream'

export interface OutputStream extends Writable {
  isTTY?: boolean
  columns?: number
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

/** Resolves once `text` is handed to the OS; a reader that went away (`| head`) is a BrokenPipe. */
export function writeText(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, error => {
      if (error === null || error === undefined) resolve()
      else reject((error as NodeJS.ErrnoException).code === 'EPIPE' ? new BrokenPipe(error.message) : error)
    })
  })
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
