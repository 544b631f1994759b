// The PDF's time stamps, settled in place (src/render/pdf-metadata.ts): same length, nothing else touched.
import { describe, expect, it } from 'vitest'
import { settlePdfDates } from '../../src/render/pdf-metadata.js'

const INFO = `%PDF-1.4
1 0 obj
<</Title (LUP impact report 2010\\2052019)
/Producer (Skia/PDF m150)
/CreationDate (D:20261202121232+00'00')
/ModDate (D:20261202121232+00'00')>>
endobj
2 0 obj
<</Length 4>> stream
\u00ff\u00fe\u0000\u0001
endstream
`
const pdf = Buffer.from(INFO, 'latin1')
const settled = (date: string | null): string => Buffer.from(settlePdfDates(pdf, date)).toString('latin1')

describe('settlePdfDates', () => {
  it('blanks both stamps when the report has no date, keeping every offset', () => {
    const text = settled(null)
    expect(text).toHaveLength(INFO.length)
    expect(text).not.toMatch(/CreationDate|ModDate|D:2026/)
    expect(text).toContain(
      '/Producer (Skia/PDF m150)\n                                       \n                                  >>',
    )
  })

  it("sets both to the report's date, at midnight UTC, padded to the same length", () => {
    const text = settled('2020-07-01')
    expect(text).toHaveLength(INFO.length)
    expect(text).toContain('/CreationDate (D:20200701000000Z)      \n/ModDate (D:20200701000000Z)      >>')
  })

  it('leaves binary streams byte for byte as they were', () => {
    const bytes = settlePdfDates(pdf, null)
    expect(Buffer.from(bytes).subarray(-12)).toEqual(pdf.subarray(-12))
  })

  it('is the same PDF for two printings a second apart', () => {
    const later = Buffer.from(INFO.replace(/121232/g, '121233'), 'latin1')
    expect(settlePdfDates(later, null)).toEqual(settlePdfDates(pdf, null))
  })
})
