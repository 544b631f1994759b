// A temporary file of lines, for output that streams but must not reach stdout before the
// input has validated (trace lists records as they are read; a bad record later on fails the
// run with nothing printed). Memory stays flat whatever the number of lines.
//
// The file is unlinked as soon as it is opened where the system allows it (not on Windows),
// so nothing is left behind even if the process is killed; it is read back through its descriptor.
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, read, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { promisify } from 'node:util'

const readAt = promisify(read)
const READ_BYTES = 64 * 1024

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

  /**
   * The lines written so far, in order; can be read more than once. Read with plain positioned reads,
   * not a stream: a consumer that stops early (a closed pipe) leaves no read in flight on a descriptor
   * that discard() is about to close. Reads at a position leave the descriptor's offset, where writes
   * go, alone.
   */
  async *lines(): AsyncGenerator<string> {
    this.flush()
    const buffer = Buffer.allocUnsafe(READ_BYTES)
    const decoder = new StringDecoder('utf8')
    let position = 0
    let rest = ''
    for (;;) {
      if (this.closed) return
      const { bytesRead } = await readAt(this.descriptor, buffer, 0, READ_BYTES, position)
      if (bytesRead === 0) break
      position += bytesRead
      const text = rest + decoder.write(buffer.subarray(0, bytesRead))
      let start = 0
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        yield text.slice(start, end)
        start = end + 1
      }
      rest = text.slice(start)
    }
    rest += decoder.end()
    if (rest !== '') yield rest
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
