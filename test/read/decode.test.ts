import { describe, expect, it } from 'vitest'
import {
  type Encoding,
  InvalidEncodingError,
  TextDecoderStream,
  parseEncodingName,
  scanUtf8,
} from '../../src/read/decode.js'

// A chunk is bytes, ASCII text, or a mix of both: ['B', 0xe6, 'rum'].
type Chunk = string | readonly (number | string)[]
const bytes = (chunk: Chunk): Buffer =>
  Buffer.from(
    (typeof chunk === 'string' ? [chunk] : chunk).flatMap(part =>
      typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [part],
    ),
  )

/** Feeds the chunks through one decoder: the text and the encoding it settled on. */
function decode(chunks: Chunk[], override?: Encoding): { text: string; encoding: Encoding | undefined } {
  const decoder = new TextDecoderStream(override)
  let text = ''
  for (const chunk of chunks) text += decoder.write(bytes(chunk))
  text += decoder.end()
  return { text, encoding: decoder.encoding }
}

/** The byte offset of the InvalidEncodingError the chunks raise. */
function invalidAt(chunks: Chunk[], override?: Encoding): number {
  try {
    decode(chunks, override)
  } catch (error) {
    if (error instanceof InvalidEncodingError) return error.byteOffset
    throw error
  }
  throw new Error('expected an InvalidEncodingError')
}

const oneByteAtATime = (buffer: Buffer): number[][] => [...buffer].map(byte => [byte])
const UTF8_BOM = [0xef, 0xbb, 0xbf]
const NORWEGIAN = 'År;Prosjekt;Besparelse\n2019;Bærum;1 000\nØstre Åsen;æøå\n'
// æ ø å Æ Ø Å in Windows-1252
const CP1252_LETTERS = [0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]

describe('TextDecoderStream, UTF-8', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decode([[...Buffer.from(NORWEGIAN)]])).toEqual({ text: NORWEGIAN, encoding: 'utf-8' })
  })

  it('strips a UTF-8 BOM', () => {
    expect(decode([[...UTF8_BOM, ...Buffer.from('år;x')]])).toEqual({ text: 'år;x', encoding: 'utf-8' })
  })

  it('strips a UTF-8 BOM split across chunks', () => {
    expect(decode([[0xef], [0xbb], [0xbf, 0x61], [0x62]])).toEqual({ text: 'ab', encoding: 'utf-8' })
  })

  it('strips only the leading BOM, not a U+FEFF later in the text', () => {
    expect(decode([[...UTF8_BOM, 0x61, ...UTF8_BOM, 0x62]]).text).toBe('a\ufeffb')
  })

  it('joins a multi-byte sequence split between chunks', () => {
    // "aæx": æ is C3 A6
    expect(
      decode([
        [0x61, 0x62, 0x63, 0xc3],
        [0xa6, 0x78],
      ]),
    ).toEqual({ text: 'abcæx', encoding: 'utf-8' })
  })

  it('decodes text fed one byte at a time', () => {
    const text = `${NORWEGIAN}€ 😀`
    expect(decode(oneByteAtATime(Buffer.from(text)))).toEqual({ text, encoding: 'utf-8' })
  })

  it('decodes input shorter than a BOM', () => {
    expect(decode(['a'])).toEqual({ text: 'a', encoding: 'utf-8' })
    expect(decode(['ab'])).toEqual({ text: 'ab', encoding: 'utf-8' })
  })

  it('decodes empty input as empty UTF-8', () => {
    expect(decode([])).toEqual({ text: '', encoding: 'utf-8' })
    expect(decode([[]])).toEqual({ text: '', encoding: 'utf-8' })
  })

  it('decodes a lone BOM as empty text', () => {
    expect(decode([UTF8_BOM])).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('TextDecoderStream, UTF-16 with a BOM', () => {
  const utf16be = (text: string): number[] => [...Buffer.from(text, 'utf16le').swap16()]

  it('decodes UTF-16LE', () => {
    expect(decode([[0xff, 0xfe, ...Buffer.from(NORWEGIAN, 'utf16le')]])).toEqual({
      text: NORWEGIAN,
      encoding: 'utf-16le',
    })
  })

  it('decodes UTF-16BE', () => {
    expect(decode([[0xfe, 0xff, ...utf16be(NORWEGIAN)]])).toEqual({ text: NORWEGIAN, encoding: 'utf-16be' })
  })

  it('decodes UTF-16LE fed one byte at a time', () => {
    const input = Buffer.from([0xff, 0xfe, ...Buffer.from(NORWEGIAN, 'utf16le')])
    expect(decode(oneByteAtATime(input))).toEqual({ text: NORWEGIAN, encoding: 'utf-16le' })
  })

  it('decodes UTF-16BE fed one byte at a time', () => {
    const input = Buffer.from([0xfe, 0xff, ...utf16be('Åsen;æ')])
    expect(decode(oneByteAtATime(input))).toEqual({ text: 'Åsen;æ', encoding: 'utf-16be' })
  })
})

describe('TextDecoderStream, Windows-1252 fallback', () => {
  it('reads æøåÆØÅ from Windows-1252 bytes', () => {
    expect(decode([['navn;', ...CP1252_LETTERS, 0x0a]])).toEqual({ text: 'navn;æøåÆØÅ\n', encoding: 'windows-1252' })
  })

  it.each(CP1252_LETTERS.map((byte, position) => [byte, 'æøåÆØÅ'[position] as string]))(
    'reads the byte %i as %s in the middle of a word',
    (byte, letter) =>
      expect(decode([['B', byte, 'rum;1\n']])).toEqual({ text: `B${letter}rum;1\n`, encoding: 'windows-1252' }),
  )

  it('reads the bytes only Windows-1252 has (not Latin-1)', () => {
    expect(decode([['x', 0x80, ' ', 0x96, ' ', 0x92]])).toEqual({ text: 'x€ – ’', encoding: 'windows-1252' })
  })

  it('switches after chunks of ASCII', () => {
    expect(decode(['prosjekt;aar\n', 'P1;2019\n', ['T', 0xf8, 'nsberg\n']])).toEqual({
      text: 'prosjekt;aar\nP1;2019\nTønsberg\n',
      encoding: 'windows-1252',
    })
  })

  it('switches when the first non-ASCII byte arrives after a few single-byte chunks', () => {
    expect(decode(['a', 'b', 'c', [0xf8]])).toEqual({ text: 'abcø', encoding: 'windows-1252' })
  })

  it('switches when a Windows-1252 letter that looks like a UTF-8 lead byte ends a chunk', () => {
    // E6 (æ) starts a three-byte UTF-8 sequence; only the next chunk shows it is not one.
    expect(decode([['abc', 0xe6], ';def\n'])).toEqual({ text: 'abcæ;def\n', encoding: 'windows-1252' })
  })

  it('switches when the file ends in a Windows-1252 letter that looks like a UTF-8 lead byte', () => {
    // ...;Å with no line break at the end: C5 is a two-byte lead with nothing after it.
    expect(decode([['P1;2019;', 0xc5]])).toEqual({ text: 'P1;2019;Å', encoding: 'windows-1252' })
  })
})

describe('TextDecoderStream, UTF-8 after detected Windows-1252 (issue 11, item 14)', () => {
  const problemOf = (chunks: Chunk[]): string | null => {
    try {
      decode(chunks)
      return null
    } catch (error) {
      return error instanceof InvalidEncodingError ? error.problem : String(error)
    }
  }

  it('is an error, as the reverse is: "å" in UTF-8 would read as "Ã¥"', () => {
    expect(
      problemOf([
        ['T', 0xf8, 'nsberg\n'],
        ['Troms', 0xc3, 0xb8, '\n'],
      ]),
    ).toBe('mixed')
  })

  it('is found when the two bytes fall in different chunks', () => {
    expect(
      problemOf([
        ['T', 0xf8, 'nsberg ', 0xc3],
        [0xa5, '\n'],
      ]),
    ).toBe('mixed')
  })

  it.each([
    ['quotes and capitals', ['«', 0xab, 'KL', 0xd8, 'VER', 0xc5, 0xbb, '» ', 0xc6, 0xa0, 'AS\n']],
    ['dashes, NBSP and the euro after capital letters', [0xc5, 0x96, ' ', 0xd8, 0xa0, '1 ', 0xc6, 0x80, '\n']],
  ])('leaves real Windows-1252 alone: %s', (_name, chunk) => {
    expect(problemOf([['T', 0xf8, 'nsberg\n'], chunk as (number | string)[]])).toBe(null)
  })

  it('an encoded UTF-16 surrogate (CESU-8) in otherwise ASCII text is not taken for Windows-1252', () => {
    expect(problemOf([['P1;', 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, '\n']])).toBe('surrogate')
  })
})

describe('TextDecoderStream, invalid UTF-8 after UTF-8', () => {
  it('reports the offset of the first invalid byte within one chunk', () => {
    // a b c æ(C3 A6) x FF
    expect(invalidAt([[0x61, 0x62, 0x63, 0xc3, 0xa6, 0x78, 0xff]])).toBe(6)
  })

  it('reports the offset counted over earlier chunks', () => {
    expect(
      invalidAt([
        [0x61, 0x62, 0x63, 0xc3, 0xa6],
        [0x78, 0xff],
      ]),
    ).toBe(6)
    expect(invalidAt(['0123456789', [0xc3, 0xa6, 0x0a], 'abc', [0xf8]])).toBe(16)
  })

  it('counts the BOM in the offset', () => {
    expect(invalidAt([[...UTF8_BOM, 0x61, 0xc3, 0xa6, 0xff]])).toBe(6)
  })

  it('reports the offset when the chunk starts with the end of a sequence from the previous chunk', () => {
    // a b c C3 | A6 x FF: the invalid byte is FF at offset 6, not the continuation byte A6 at 4
    expect(
      invalidAt([
        [0x61, 0x62, 0x63, 0xc3],
        [0xa6, 0x78, 0xff],
      ]),
    ).toBe(6)
  })

  it('does not fall back to Windows-1252 once UTF-8 letters were decoded in an earlier chunk', () => {
    expect(() => decode([[...Buffer.from('Bærum\n')], ['T', 0xf8, 'nsberg']])).toThrow(InvalidEncodingError)
  })

  it('says where in its message', () => {
    expect(() => decode([[0xc3, 0xa6, 0xff]])).toThrow('not valid UTF-8 at byte 2')
  })
})

describe('TextDecoderStream, --encoding overrides', () => {
  it('reads Windows-1252 without guessing', () => {
    expect(decode([['x', ...CP1252_LETTERS, 0x80]], 'windows-1252')).toEqual({
      text: 'xæøåÆØÅ€',
      encoding: 'windows-1252',
    })
  })

  it('reads Windows-1252 even where the bytes happen to be valid UTF-8', () => {
    // C3 A6 is "æ" in UTF-8 but "Ã¦" in Windows-1252
    expect(decode([[0xc3, 0xa6]], 'windows-1252').text).toBe('Ã¦')
  })

  it('reads latin1, where 0x80 is a control character rather than €', () => {
    expect(decode([['x', ...CP1252_LETTERS, 0x80]], 'latin1')).toEqual({ text: 'xæøåÆØÅ\u0080', encoding: 'latin1' })
  })

  it('reads latin1 fed one byte at a time', () => {
    expect(decode(oneByteAtATime(Buffer.from([0x61, 0xe6, 0x62, 0xf8])), 'latin1').text).toBe('aæbø')
  })

  it('never falls back when UTF-8 is asked for', () => {
    expect(invalidAt([['abc', 0xe6, ';']], 'utf-8')).toBe(3)
  })

  it('strips the BOM of the encoding asked for', () => {
    expect(decode([[...UTF8_BOM, 0x61]], 'utf-8')).toEqual({ text: 'a', encoding: 'utf-8' })
    expect(decode([[0xff, 0xfe, 0x61, 0x00]], 'utf-16le')).toEqual({ text: 'a', encoding: 'utf-16le' })
  })

  it('reads UTF-16LE without a BOM when asked to', () => {
    expect(decode([[...Buffer.from('Åsen', 'utf16le')]], 'utf-16le')).toEqual({ text: 'Åsen', encoding: 'utf-16le' })
  })

  it('reads UTF-16BE without a BOM when asked to', () => {
    expect(decode([[...Buffer.from('Åsen', 'utf16le').swap16()]], 'utf-16be')).toEqual({
      text: 'Åsen',
      encoding: 'utf-16be',
    })
  })
})

describe('parseEncodingName', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['UTF16LE', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['windows-1252', 'windows-1252'],
    ['Windows-1252', 'windows-1252'],
    ['cp1252', 'windows-1252'],
    ['CP1252', 'windows-1252'],
    ['latin1', 'latin1'],
    ['ISO-8859-1', 'latin1'],
  ])('%j → %s', (name, expected) => expect(parseEncodingName(name)).toBe(expected))

  it.each(['', 'ascii', 'utf-16', 'utf-32', 'iso-8859-15', 'ebcdic'])('%j is not supported', name => {
    expect(parseEncodingName(name)).toBeUndefined()
  })
})

describe('scanUtf8', () => {
  it.each([
    ['empty', [], 0, false],
    ['ASCII', [0x61, 0x62, 0x63], 3, false],
    ['two-byte letter', [0x61, 0xc3, 0xa6], 3, true],
    ['three-byte €', [0xe2, 0x82, 0xac], 3, true],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], 4, true],
    ['invalid lead byte first', [0xff, 0x61], 0, false],
    ['continuation byte as lead', [0x61, 0x80], 1, false],
    ['Windows-1252 ø', [0x54, 0xf8, 0x6e], 1, false],
    ['invalid after a letter', [0xc3, 0xa6, 0x78, 0xff], 3, true],
    ['truncated sequence at the end', [0x61, 0xc3], 1, false],
    ['lead followed by ASCII', [0xe6, 0x3b], 0, false],
    ['overlong C0 80', [0xc0, 0x80], 0, false],
    ['overlong E0 80 80', [0xe0, 0x80, 0x80], 0, false],
    ['overlong F0 80 80 80', [0xf0, 0x80, 0x80, 0x80], 0, false],
    ['surrogate ED A0 80', [0xed, 0xa0, 0x80], 0, false],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, false],
    ['F5 lead', [0xf5, 0x80, 0x80, 0x80], 0, false],
    ['invalid after an emoji', [0xf0, 0x9f, 0x98, 0x80, 0xc0], 4, true],
  ])('%s', (_name, input, expectedAt, expectedNonAscii) => {
    expect(scanUtf8(Uint8Array.from(input as number[]))).toEqual({
      invalidAt: expectedAt,
      nonAsciiBefore: expectedNonAscii,
    })
  })

  it('agrees with the platform UTF-8 decoder on whether bytes are valid', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const samples: number[][] = [
      [...Buffer.from(NORWEGIAN)],
      [0xe6, 0xf8, 0xe5],
      [0xef, 0xbf, 0xbf],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xed, 0x9f, 0xbf],
      [0xc2, 0x80],
      [0xc1, 0xbf],
    ]
    for (const sample of samples) {
      const buffer = Uint8Array.from(sample)
      let valid = true
      try {
        strict.decode(buffer)
      } catch {
        valid = false
      }
      expect(scanUtf8(buffer).invalidAt === buffer.length, sample.join(' ')).toBe(valid)
    }
  })
})
