// What a source is, by its first bytes: a zip archive (an .xlsx workbook, or something that is not
// one), an OLE2 container (an Excel 97–2003 .xls, or an encrypted workbook), or text. A source is
// peeked at without losing anything: the peeked source yields the same bytes from the start.
import { createHash } from 'node:crypto'
import type { InputSource } from './open-input.js'

export type SourceKind = 'text' | 'zip' | 'ole2'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean =>
  head.length >= magic.length && magic.every((byte, index) => head[index] === byte)

export function sourceKind(head: Uint8Array): SourceKind {
  if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) return 'zip'
  if (startsWith(head, OLE2)) return 'ole2'
  return 'text'
}

/** How many bytes decide the kind; the first chunk is usually far larger. */
const HEAD_BYTES = 8

export interface PeekedSource {
  /** The first chunk (at least HEAD_BYTES, unless the source is shorter), copied. */
  head: Buffer
  /** The same source, from its first byte. */
  source: InputSource
  /** Reads the rest and returns the SHA-256 of all of it (for a source that is not read further). */
  sha256(): Promise<string>
}

export async function peekSource(source: InputSource): Promise<PeekedSource> {
  const iterator = source.open()[Symbol.asyncIterator]()
  const first: Buffer[] = []
  let size = 0
  let done = false
  while (size < HEAD_BYTES) {
    const next = await iterator.next()
    if (next.done === true) {
      done = true
      break
    }
    first.push(Buffer.from(next.value)) // a copy: the source may reuse its buffer
    size += next.value.length
  }
  const head = Buffer.concat(first, size)
  let used = false
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (used) throw new Error('a peeked source is read once')
    used = true
    try {
      if (head.length > 0) yield head
      if (done) return
      for (;;) {
        const next = await iterator.next()
        if (next.done === true) return
        yield next.value
      }
    } finally {
      if (!done) await iterator.return?.()
    }
  }
  const peeked: InputSource = { ...source, open: replay }
  return {
    head,
    source: peeked,
    sha256: async () => {
      const hash = createHash('sha256')
      for await (const chunk of replay()) hash.update(chunk)
      return hash.digest('hex')
    },
  }
}
