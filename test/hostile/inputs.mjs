// Hostile articles (issue: hardening): each is about 100 KB of one pathological pattern. The core
// must analyse every one in time and memory linear in its size. Shared by the core tests and the
// benchmark, which prints each one's cost per byte against ordinary prose.

const SIZE = 100_000;
/** `unit` repeated to about `size` characters. */
const fill = (unit, size = SIZE) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

export const PROSE = `Storm leaves 9 dead across the county

Thursday, 16 Oct, 2025

NEW BRAUNFELS, Texas — Nine people have died since the storm began, Mayor Alicia Benavides said on Thursday.
About 1,200 residents were evacuated from New Braunfels on Tuesday, and more than 100 were rescued.
Fire Chief Patrick Nguyen said crews pulled 107 people from the water in Comal County since Monday night.
`;

/** name → text. Each one breaks (or broke) a rule of the analysis in its own way. */
export const HOSTILE = {
  'times-nationwide': fill('5 x ') + 'nationwide.',
  'numbered-arrests': Array.from({ length: 9000 }, (_, i) => `${i + 1} arrests. `).join(''),
  'numbered-prose': Array.from({ length: 3000 }, (_, i) => `In the city, ${i + 1} people were arrested. `).join(''),
  'repeated-sentence': fill('About 1,200 residents were evacuated from New Braunfels on Tuesday, officials said. '),
  'number-then-spaces': '5' + ' '.repeat(SIZE) + 'arrests.',
  'number-then-tabs': '5' + '\t'.repeat(SIZE) + 'arrests.',
  'month-then-spaces': 'January' + ' '.repeat(SIZE) + '5',
  'dateline-spaces': 'A' + ' '.repeat(SIZE) + 'b —\nBody text follows here.',
  'said-dots': 'Officials said 5 ' + fill('A.'),
  'said-hyphens': 'Officials said 5 ' + fill('A-'),
  'measure-of': fill('of the 5 x '),
  'one-sentence-numbers': fill('12 '),
  'quoted-numbers': fill('"5" '),
  'repeated-dates': fill('Jan. 23 '),
  'repeated-places': fill('Boston, '),
  'many-places': fill('LA ', 420_000),
  newlines: fill('\n'),
  'no-spaces': fill('a'),
  capitals: fill('Aaa Bbb '),
  // (a line of sentences in capitals: each read as a dateline may look along its line, once only)
  'shouting-line': fill('WASHINGTON TEAM REPORTS ON THE FLOODS. '),
  // (a city whose name a smaller town of another state has, thousands of times: each is looked at once)
  'contested-towns': 'Fire in California\n\n' + fill('In Paradise, '),
  'hex-digests': fill('3f2a9c1d0e4b5a6f7c8d '),
};
