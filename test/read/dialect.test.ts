import { describe, expect, it } from 'vitest'
import {
  type Delimiter,
  conventionForDelimiter,
  describeDelimiter,
  detectDelimiter,
  parseDelimiterName,
} from '../../src/read/dialect.js'

describe('detectDelimiter', () => {
  it.each([
    ['project_id,year,partner,jobs', ','],
    ['prosjekt;år;partner;besparelse', ';'],
    ['project_id\tyear\tpartner\tjobs', '\t'],
    // a delimiter inside quotes does not count
    ['"Prosjekt, navn";år;partner', ';'],
    ['"a;b;c;d",year,partner', ','],
    ['"a,b,c"\t"d,e"\tpartner', '\t'],
    ['"say ""x,y,z""";år;partner', ';'], // doubled quotes inside a quoted field
    // the most frequent wins; a tie or nothing at all falls back to ","
    ['a;b;c,d', ';'],
    ['a;b,c', ','],
    ['project_id', ','],
    ['', ','],
  ])('%j → %j', (header, expected) => expect(detectDelimiter(header)).toBe(expected))
})

describe('conventionForDelimiter', () => {
  it.each([
    [';', 'comma'],
    [',', 'dot'],
    ['\t', 'auto'],
  ])('%j → %s', (delimiter, expected) => expect(conventionForDelimiter(delimiter as Delimiter)).toBe(expected))
})

describe('parseDelimiterName', () => {
  it.each([
    [',', ','],
    ['comma', ','],
    ['COMMA', ','],
    [';', ';'],
    ['semicolon', ';'],
    ['Semicolon', ';'],
    ['\t', '\t'],
    ['\\t', '\t'],
    ['tab', '\t'],
    ['TAB', '\t'],
  ])('%j → %j', (name, expected) => expect(parseDelimiterName(name)).toBe(expected))

  it.each(['|', 'pipe', '', ' ', 'colon', ';;'])('%j is not a delimiter', name =>
    expect(parseDelimiterName(name)).toBeUndefined(),
  )
})

describe('describeDelimiter', () => {
  it.each([
    [',', ','],
    [';', ';'],
    ['\t', 'tab'],
  ])('%j → %s', (delimiter, expected) => expect(describeDelimiter(delimiter as Delimiter)).toBe(expected))
})
