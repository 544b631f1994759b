// A temporary file of lines, for output that streams but must not reach stdout before the
// input has validated (trace lists records as they are read; a bad record later on fails the
// run with nothing printed). Memory stays flat whatever the number of lines.
//
// The file is unlinked as soon as it is opened where the system allows it (not on Windows),
// so nothing is left behind even if the process is killed; it is read back through its descriptor.
import { randomBytes } from 'node:crypto'
import { closeSync, createReadStream, openSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const FLUSH_AT = 64 * 1024

export class Spool {
  private readonly path: string
  private readonly descriptor: number
  private linked = true
  private closed = false
  private buffer = ''

  constructor(directory = tmpdir()) {
    this.path = join(directory, `lup-impact-${process.pid}-${randomBytes(6).toString('hex')}.spool`)
    this.descriptor = openSync(this.path, 'wx+', 0o600)
    this.unlink()
  }

  /** Appends one line (without its line break). */
  write(line: string): void {
    this.buffer += `${line}\n`
    if (this.buffer.length >= FLUSH_AT) this.flush()
  }

  /** The lines written so far, in order; can be read more than once. */
  async *lines(): AsyncGenerator<string> {
    this.flush()
    // Reads from a given position leave the descriptor's own offset, where writes go, alone.
    const input = createReadStream('', { fd: this.descriptor, start: 0, autoClose: false, encoding: 'utf8' })
    for await (const line of createInterface({ input, crlfDelay: Infinity })) yield line
  }

  /** Closes and removes the file; safe to call more than once. */
  discard(): void {
    if (!this.closed) {
      closeSync(this.descriptor)
      this.closed = true
    }
    this.unlink()
  }

  private unlink(): void {
    if (!this.linked) return
    try {
      unlinkSync(this.path)
      this.linked = false
    } catch {
      // Windows cannot remove an open file; discard() tries again after closing it.
    }
  }

  private flush(): void {
    if (this.buffer === '' || this.closed) return
    const bytes = Buffer.from(this.buffer, 'utf8')
    for (let written = 0; written < bytes.length; ) written += writeSync(this.descriptor, bytes, written)
    this.buffer = ''
  }
}
