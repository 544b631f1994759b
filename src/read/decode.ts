import { TextDecoder } from 'node:util'

// Bytes → text. A byte-order mark decides; without one the bytes are UTF-8
// if they are valid UTF-8, and Windows-1252 (what Norwegian Excel writes) if not.
// The switch is only safe while everything decoded so far was ASCII, where
// the two agree; after that, invalid UTF-8 is reported, never guessed at.

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const
export type Encoding = (typeof ENCODINGS)[number]

const ENCODING_NAMES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
}

export function parseEncodingName(name: string): Encoding | undefined {
  return ENCODING_NAMES[name.toLowerCase()]
}

export class InvalidEncodingError extends Error {
  /**
   * `validText`: what decoded cleanly before the bad byte in the failing chunk;
   * `forced`: UTF-8 was asked for with --encoding rather than detected.
   */
  constructor(
    readonly byteOffset: number,
    readonly validText: string,
    readonly forced: boolean,
    /** invalid: not UTF-8; mixed: UTF-8 after Windows-1252 text; surrogate: UTF-8 holding UTF-16 surrogates (CESU-8). */
    readonly problem: 'invalid' | 'mixed' | 'surrogate' = 'invalid',
  ) {
    super(`not valid UTF-8 at byte ${byteOffset}`)
  }
}

/** Raised at the start of a file that is not text at all, or UTF-16 without a byte-order mark. */
export class BinaryInputError extends Error {
  /** `line`: where the first NUL or control character is (1 for UTF-16 without a byte-order mark). */
  constructor(
    readonly guess: 'binary' | 'utf-16le' | 'utf-16be',
    readonly line = 1,
  ) {
    super(guess === 'binary' ? 'binary data' : `looks like ${guess} without a byte-order mark`)
  }
}

/** The line of the first NUL or control character in `head`: \r\n, \n and \r each end a line. */
export function lineOfFirstControl(head: Uint8Array): number {
  let line = 1
  const length = Math.min(head.length, SNIFF_BYTES)
  for (let position = 0; position < length; position++) {
    const byte = head[position] as number
    if (byte === 0x0a) line++
    else if (byte === 0x0d) {
      if (head[position + 1] !== 0x0a) line++
    } else if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return line
  }
  return line
}

const SNIFF_BYTES = 4096

/**
 * Text files have no NUL bytes and hardly any control characters; UTF-16 text
 * without a BOM has a NUL in every other byte.
 */
export function sniffBinary(head: Uint8Array): BinaryInputError['guess'] | undefined {
  const length = Math.min(head.length, SNIFF_BYTES)
  let controls = 0
  const nuls = [0, 0]
  for (let position = 0; position < length; position++) {
    const byte = head[position] as number
    if (byte === 0) nuls[position % 2] = (nuls[position % 2] as number) + 1
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++
  }
  const [even = 0, odd = 0] = nuls
  if (even + odd === 0) return controls * 100 > length ? 'binary' : undefined
  const half = length / 2
  if (odd > half * 0.5 && even < odd / 10) return 'utf-16le'
  if (even > half * 0.5 && odd < even / 10) return 'utf-16be'
  return 'binary'
}

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

function startsWith(buffer: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, position) => buffer[position] === byte)
}

export class TextDecoderStream {
  private decoder: TextDecoder | undefined
  private pending: Buffer = Buffer.alloc(0)
  private bytesSeen = 0
  private allAscii = true
  private heldBack: Buffer = Buffer.alloc(0)
  private latin1 = false
  /** Windows-1252 detected (not asked for): UTF-8 after it is watched for. */
  private detected1252 = false
  private lastByte = -1
  encoding: Encoding | undefined

  constructor(private readonly override?: Encoding) {}

  write(chunk: Buffer): string {
    if (this.decoder === undefined && !this.latin1) {
      // Copied: the reader may reuse the chunk's memory for the next one.
      this.pending = Buffer.concat([this.pending, chunk])
      if (this.pending.length < 3) return ''
      chunk = this.start(this.pending)
      this.pending = Buffer.alloc(0)
    }
    return this.decode(chunk, false)
  }

  end(): string {
    if (this.decoder === undefined && !this.latin1) {
      const rest = this.start(this.pending)
      return this.decode(rest, true)
    }
    return this.decode(Buffer.alloc(0), true)
  }

  private start(head: Buffer): Buffer {
    const bom = BOMS.find(candidate => startsWith(head, candidate.bytes))
    if (this.override === undefined && bom === undefined) {
      const guess = sniffBinary(head)
      if (guess !== undefined) throw new BinaryInputError(guess, guess === 'binary' ? lineOfFirstControl(head) : 1)
    }
    const encoding = this.override ?? bom?.encoding ?? 'utf-8'
    this.encoding = encoding
    if (encoding === 'latin1') this.latin1 = true
    else this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true })
    const skip = bom !== undefined && bom.encoding === encoding ? bom.bytes.length : 0
    this.bytesSeen += skip
    return head.subarray(skip)
  }

  private decode(chunk: Buffer, final: boolean): string {
    if (this.latin1) return chunk.toString('latin1')
    const decoder = this.decoder as TextDecoder
    if (this.detected1252) return this.decode1252(chunk, final)
    try {
      const text = decoder.decode(chunk, { stream: !final })
      if (this.allAscii) {
        // A lead byte at the end of a chunk is held back by the decoder, not yet
        // decoded: keep it, in case it turns out to be Windows-1252 after all.
        if (NON_ASCII.test(text)) this.allAscii = false
        else
          this.heldBack = incompleteTail(Buffer.concat([this.heldBack, chunk.subarray(Math.max(0, chunk.length - 3))]))
      }
      this.bytesSeen += chunk.length
      return text
    } catch {
      const bytes = this.heldBack.length > 0 ? Buffer.concat([this.heldBack, chunk]) : chunk
      const scan = scanUtf8(bytes)
      const surrogate = isEncodedSurrogate(bytes, scan.invalidAt)
      if (
        this.override !== undefined ||
        this.encoding !== 'utf-8' ||
        !this.allAscii ||
        scan.nonAsciiBefore ||
        surrogate
      ) {
        const validText = new TextDecoder('utf-8').decode(bytes.subarray(this.heldBack.length, scan.invalidAt))
        throw new InvalidEncodingError(
          this.bytesSeen - this.heldBack.length + scan.invalidAt,
          validText,
          this.override !== undefined,
          surrogate ? 'surrogate' : 'invalid',
        )
      }
      this.encoding = 'windows-1252'
      this.decoder = new TextDecoder('windows-1252')
      this.detected1252 = true
      this.bytesSeen -= this.heldBack.length
      this.heldBack = Buffer.alloc(0)
      return this.decode1252(bytes, final)
    }
  }

  /**
   * Windows-1252 that was detected, not asked for: UTF-8 later in the file would be read as mojibake
   * ("Ã¥" for "å"), so it is an error, as Windows-1252 after UTF-8 is. Norwegian UTF-8 shows as a
   * lead byte C2 or C3 ("Â", "Ã": letters Norwegian text does not use) before a continuation byte.
   */
  private decode1252(chunk: Buffer, final: boolean): string {
    const decoder = this.decoder as TextDecoder
    const first = chunk[0] as number
    let lead = (this.lastByte === 0xc2 || this.lastByte === 0xc3) && first >= 0x80 && first <= 0xbf ? -1 : chunk.length
    // The lead bytes are rare in Windows-1252 text: found with indexOf (native), checked one by one.
    for (const byte of [0xc2, 0xc3])
      for (let at = chunk.indexOf(byte); at >= 0 && at < lead; at = chunk.indexOf(byte, at + 1)) {
        const next = chunk[at + 1]
        if (next !== undefined && next >= 0x80 && next <= 0xbf) lead = at
      }
    if (lead < chunk.length) {
      const validText = decoder.decode(chunk.subarray(0, Math.max(0, lead)), { stream: false })
      throw new InvalidEncodingError(this.bytesSeen + lead, validText, false, 'mixed')
    }
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1] as number
    this.bytesSeen += chunk.length
    return decoder.decode(chunk, { stream: !final })
  }
}

/** Whether the invalid UTF-8 at `at` is a UTF-16 surrogate encoded as UTF-8 (ED A0–BF 80–BF): CESU-8. */
function isEncodedSurrogate(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === 0xed && ((bytes[at + 1] as number) & 0xe0) === 0xa0 && ((bytes[at + 2] as number) & 0xc0) === 0x80
  )
}

const NON_ASCII = /[\u0080-\uffff]/ // any UTF-16 code unit past ASCII

/** The bytes of an unfinished UTF-8 sequence at the end of `bytes` (empty if none). */
function incompleteTail(bytes: Buffer): Buffer {
  for (let position = bytes.length - 1; position >= Math.max(0, bytes.length - 3); position--) {
    const byte = bytes[position] as number
    if ((byte & 0xc0) === 0x80) continue
    if (byte < 0xc0) return Buffer.alloc(0)
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return bytes.length - position < length ? Buffer.from(bytes.subarray(position)) : Buffer.alloc(0)
  }
  return Buffer.alloc(0)
}

/** Where the first invalid UTF-8 byte is, and whether valid non-ASCII text came before it. */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; nonAsciiBefore: boolean } {
  let nonAsciiBefore = false
  let position = 0
  while (position < bytes.length) {
    const lead = bytes[position] as number
    if (lead < 0x80) {
      position++
      continue
    }
    let length: number
    let min: number
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80]
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800]
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000]
    else return { invalidAt: position, nonAsciiBefore }
    if (position + length > bytes.length) return { invalidAt: position, nonAsciiBefore }
    let codePoint = lead & (0xff >> (length + 1))
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[position + offset] as number
      if ((next & 0xc0) !== 0x80) return { invalidAt: position, nonAsciiBefore }
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return { invalidAt: position, nonAsciiBefore }
    }
    nonAsciiBefore = true
    position += length
  }
  return { invalidAt: bytes.length, nonAsciiBefore }
}
