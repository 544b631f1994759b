// Partners on records against the programme's members (--members): a partner credited in a year it
// was not a member is a warning, once per partner, at its first such record. The record still counts.
import type { Messages } from '../messages/index.js'
import { isMemberIn, type Member, type MemberList, type Problem } from '../model.js'
import { formatLocation } from '../read/location.js'
import { MemberIndex, memberKey } from '../record/member-index.js'
import type { RecordView } from '../record/view.js'

export class MembershipCheck {
  private readonly index: MemberIndex
  /** Partners already warned about, by identity. */
  private readonly warned = new Set<string>()
  /** Per partner index: its member rows, looked up once (names are compared by identity, which costs). */
  private readonly rowsByPartner: (readonly Member[] | undefined)[] = []

  constructor(
    private readonly list: MemberList,
    private readonly messages: Messages,
  ) {
    this.index = new MemberIndex(list)
  }

  /** A warning for each partner of `view` not a member in its year, the first time only; else none. */
  check(view: RecordView): Problem[] | null {
    const problems: Problem[] = []
    const { names, partners } = view.partners
    for (let position = 0; position < names.length; position++) {
      const name = names[position] as string
      const partner = partners[position] as number
      let rows = this.rowsByPartner[partner]
      if (rows === undefined) this.rowsByPartner[partner] = rows = this.index.rows(name)
      if (rows.some(member => isMemberIn(member, view.year))) continue
      const key = memberKey(name)
      if (this.warned.has(key)) continue
      this.warned.add(key)
      const first = rows[0]
      const membership =
        first === undefined
          ? this.messages.problems.notInMembers(this.list.source)
          : this.messages.problems.memberFrom(first.joined, first.left, formatLocation(first))
      const problem: Problem = {
        file: view.file,
        ...(view.sheet === undefined ? {} : { sheet: view.sheet }),
        line: view.line,
        severity: 'warning',
        column: 'partner',
        message: this.messages.problems.notMember(name, view.year, membership),
      }
      problems.push(problem)
    }
    return problems.length === 0 ? null : problems
  }
}
