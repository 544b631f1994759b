import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../../src/amount.js'
import { barChart, wrapName, type ChartDatum, columnChart, lineChart } from '../../../src/render/chart/svg.js'

const datum = (key: string, value: string | null, uncertain = false): ChartDatum => ({
  key,
  value: value === null ? null : amountFromPlainString(value),
  uncertain,
  text: value ?? 'not reported',
})
const text = {
  title: 'Savings per year',
  summary: 'Bar chart of 3 years.',
  unit: 'NOK',
  keyAxis: 'Year',
  empty: 'No figures to draw.',
}
const style = { id: 'test', color: '#2c7a4b', tickText: (tick: Amount) => amountToPlainString(tick) }

/** The y of the zero grid line and of every bar, from the markup. */
function geometry(svg: string): { zero: number; bars: { y: number; height: number }[] } {
  const zeroLine = /<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="#59616b"/.exec(svg)
  const bars = [...svg.matchAll(/<rect class="bar" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map(
    match => ({
      y: Number(match[1]),
      height: Number(match[2]),
    }),
  )
  return { zero: Number(zeroLine?.[1]), bars }
}

describe('columnChart', () => {
  it('draws a negative year below the zero line and a positive one above it', () => {
    const svg = columnChart([datum('2016', '-3500000'), datum('2017', '1200000'), datum('2018', null)], text, style)
    const { zero, bars } = geometry(svg)
    expect(bars).toHaveLength(2)
    expect(bars[0]?.y).toBeCloseTo(zero, 1) // starts at zero and goes down
    expect((bars[0]?.y ?? 0) + (bars[0]?.height ?? 0)).toBeGreaterThan(zero)
    expect((bars[1]?.y ?? 0) + (bars[1]?.height ?? 0)).toBeCloseTo(zero, 1) // ends at zero, above it
    expect(svg).toContain('<title>2018: not reported</title>')
  })

  it('is an accessible image with a title and a description', () => {
    const svg = columnChart([datum('2016', '5')], text, style)
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-label="Savings per year\. Bar chart of 3 years\." aria-describedby="test-desc"/,
    )
    expect(svg).toContain('<title>Savings per year</title>')
    expect(svg).toContain('<desc id="test-desc">Bar chart of 3 years.</desc>')
  })

  it('hatches figures that include estimates', () => {
    expect(columnChart([datum('2016', '5', true)], text, style)).toContain('fill="url(#test-hatch)"')
  })

  it('says so when there is nothing to draw', () => {
    const svg = columnChart([datum('2016', null)], text, style)
    expect(svg).toContain('No figures to draw.')
    expect(svg).not.toContain('class="bar"')
  })

  it('is the same every time', () => {
    const data = [datum('2016', '1.5'), datum('2017', '2.25')]
    expect(columnChart(data, text, style)).toBe(columnChart(data, text, style))
  })
})

describe('barChart', () => {
  it('escapes names and figures, wraps a long name and cuts one too long for two lines, keeping it whole in its titles', () => {
    const long = 'Direktoratet for tjenestedigitalisering og <veldig> lange navn & slikt'
    const svg = barChart([datum(long, '10'), datum('A "quoted" name', '-2')], { ...text, keyAxis: 'Partner' }, style)
    expect(svg).not.toContain('<veldig>')
    expect(svg).toContain('&lt;veldig&gt; lange navn &amp; slikt: 10</title>')
    expect(svg).toContain('A &quot;quoted&quot; name')
    // 540 px wide: names get 40 %, 31 characters a line.
    expect(svg).toContain(
      '<text class="name" text-anchor="end" fill="#2b3138"><title>Direktoratet for tjenestedigitalisering og &lt;veldig&gt; lange navn &amp; slikt</title><tspan',
    )
    expect(svg).toMatch(/>Direktoratet for<\/tspan><tspan [^>]+>tjenestedigitalisering og &lt;vel…<\/tspan>/)
  })

  it("keeps a name that fits whole, with no title of its own (the bar's title has it)", () => {
    const svg = barChart([datum('Direktoratet for tjenestedigitalisering', '10')], text, { ...style, width: 900 })
    expect(svg).toContain('>Direktoratet for tjenestedigitalisering</tspan></text>')
    expect(svg).not.toContain('<text class="name" text-anchor="end" fill="#2b3138"><title>')
  })
})

describe('wrapName', () => {
  it.each([
    ['Statens ferjeverk', 20, ['Statens ferjeverk'], false],
    ['Direktoratet for tjenestedigitalisering', 31, ['Direktoratet for', 'tjenestedigitalisering'], false],
    ['Direktoratet for tjenestedigitalisering', 20, ['Direktoratet for', 'tjenestedigitaliser…'], true],
    ['Tjenestedigitaliseringsdirektoratet', 20, ['Tjenestedigitaliseri', 'ngsdirektoratet'], false],
    ['Helse Sør-Øst RHF', 10, ['Helse', 'Sør-Øst R…'], true],
  ])('%s in lines of %i', (name, perLine, lines, cut) => {
    expect(wrapName(name, perLine)).toEqual({ lines, cut })
  })
})

describe('lineChart', () => {
  it('draws a point per figure and a line through them', () => {
    const points = ['5', '13', '26.5'].map((value, index) => ({
      key: String(2010 + index),
      x: 2010 + index,
      value: amountFromPlainString(value),
      text: value,
    }))
    const svg = lineChart(points, { ...text, title: 'Jobs to date' }, style)
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3)
    expect(svg).toContain('<polyline class="line" points="')
    expect(lineChart([], text, style)).toContain('No figures to draw.')
  })
})
