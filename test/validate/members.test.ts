// A --members file: its dates, rows and bounds (src/validate/members.ts, src/load-members.ts), and
// what membership gives over a period (src/aggregate/membership.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { MembershipTally } from '../../src/aggregate/membership.js'
import { loadMembers } from '../../src/load-members.js'
import { en } from '../../src/messages/index.js'
import type { MemberList, Problem } from '../../src/model.js'
import { NameTable } from '../../src/record/names.js'
import { MAX_MEMBERS, parseMemberDate } from '../../src/validate/members.js'

describe('parseMemberDate', () => {
  it.each([
    ['2016-03-01', 2016, 20160301, 20160301],
    ['2016-03', 2016, 20160301, 20160331],
    ['2016', 2016, 20160101, 20161231],
    ['01.03.2016', 2016, 20160301, 20160301],
    ['1.3.2016', 2016, 20160301, 20160301],
    [' 2016-02-29 ', 2016, 20160229, 20160229], // a leap day
  ])('%s → %i', (text, year, earliest, latest) => {
    expect(parseMemberDate(text)).toEqual({ text: text.trim(), year, earliest, latest })
  })

  it.each(['2015-02-29', '2016-13-01', '2016-00', '01.13.2016', '32.01.2016', '16-03-01', '2016/03/01', '0999', ''])(
    'refuses %s',
    text => expect(parseMemberDate(text)).toBeNull(),
  )
})

async function load(text: string | Buffer): Promise<MemberList | Problem[]> {
  const directory = mkdtempSync(join(tmpdir(), 'lup-members-'))
  writeFileSync(join(directory, 'members.csv'), text)
  return loadMembers('members.csv', { cwd: directory, stdin: Readable.from([]) }, en)
}

describe('loadMembers', () => {
  it('reads Norwegian names, a semicolon file and Windows-1252, and keeps rows of one member apart in time', async () => {
    const text = 'Medlem;Innmeldt;Utmeldt;Rolle\nÅs kommune;2012;2014-06-30;partner\nÅS KOMMUNE;2016;;Eier\n'
    // Windows-1252 bytes (Å is 0xC5), as Norwegian Excel writes: not UTF-8, so detected as such.
    const list = await load(Buffer.from(text, 'latin1'))
    if (Array.isArray(list)) throw new Error(list.map(problem => problem.message).join('\n'))
    expect(list.members.map(member => [member.name, member.role, member.joinedYear, member.leftYear])).toEqual([
      ['Ås kommune', 'partner', 2012, 2014],
      ['ÅS KOMMUNE', 'owner', 2016, null],
    ])
  })

  it('reads MAX_MEMBERS members, and stops at the next one with a located error', async () => {
    const rows = Array.from({ length: MAX_MEMBERS + 5 }, (_, index) => `Member ${index},2015,,partner`)
    const full = await load(`partner,joined,left,role\n${rows.slice(0, MAX_MEMBERS).join('\n')}\n`)
    expect(Array.isArray(full) ? full.map(problem => problem.message) : full.members.length).toBe(MAX_MEMBERS)
    const problems = await load(`partner,joined,left,role\n${rows.join('\n')}\n`)
    expect(Array.isArray(problems)).toBe(true)
    // Line 1 is the header: member MAX_MEMBERS + 1 is on line MAX_MEMBERS + 2.
    expect((problems as Problem[]).map(problem => `${problem.line}: ${problem.message}`)).toEqual([
      `${MAX_MEMBERS + 2}: ${en.members.tooMany(MAX_MEMBERS)}`,
    ])
  })

  it('stops at 1,000 problems, whatever the length of the file', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `Member ${index},someday,,partner`)
    const problems = (await load(`partner,joined,left,role\n${rows.join('\n')}\n`)) as Problem[]
    expect(problems).toHaveLength(1000)
    expect(problems[0]).toMatchObject({ line: 2, column: 'joined', value: 'someday' })
  })
})

describe('MembershipTally', () => {
  const member = (name: string, role: 'owner' | 'partner' | 'collaborator', joined: number, left: number | null) => ({
    file: 'm.csv',
    line: 2,
    name,
    role,
    joined: String(joined),
    joinedYear: joined,
    left: left === null ? null : String(left),
    leftYear: left,
  })

  it('counts owners and partners at the end of each year, by identity, and lists who has no record', () => {
    // A leaves during 2017 (not a member at its end); B left and rejoined (two rows, one member); C collaborates.
    const list: MemberList = {
      source: 'm.csv',
      members: [
        member('A', 'partner', 2015, 2017),
        member('B', 'partner', 2015, 2015),
        member('b', 'partner', 2017, null),
        member('K', 'owner', 2010, null),
        member('C', 'collaborator', 2016, null),
      ],
    }
    const partners = new NameTable()
    const tally = new MembershipTally(list, partners)
    tally.credit(partners.intern('A'), 2016)
    tally.credit(partners.intern('X'), 2017) // not a member at all
    tally.credit(partners.intern('B'), 2016) // between B's two memberships
    const result = tally.result(2015, 2017)
    expect(result.byYear).toEqual([
      { year: 2015, members: 2 }, // A and K (B left in 2015)
      { year: 2016, members: 2 },
      { year: 2017, members: 2 }, // b and K
    ])
    expect([result.members, result.counts]).toEqual([2, { owners: 1, partners: 1, collaborators: 1 }])
    expect(result.withoutRecords).toEqual(['K'])
    expect(result.notMembers).toEqual(['B', 'X'])
  })
})
