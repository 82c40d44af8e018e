import firstNames from './data/first-names.json';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from './lexicon';

/** Given names frequent in international news that the English lists lack. */
const NEWS_FIRST_NAMES = `
  Donald Barack Kamala Elon Volodymyr Rishi Olaf Narendra Recep Jair Andrés José Fatima Ilhan Alexandria Kash Tulsi
  Ahmed Mohammed Mohamed Muhammad Mahmoud Hassan Hussein Abdul Abdullah Ali Omar Yusuf Youssef Ibrahim Khalid Tariq
  Nikki Jair Javier Lula Sergio Alejandro Alejandra Guadalupe Jesús María Luz Rocío Marisol Xóchitl Yesenia
  Vivek Pramila Raja Ro Shri Sundar Satya Anil Sanjay Rahul Priya Deepak Arvind Amit Sunil Ravi Kumar
  Wei Jing Ming Li Yan Hui Jun Hiroshi Shinzo Fumio Yoon Moon Kim Jae Min Thanh Nguyen
  Benjamin Yair Naftali Itamar Bezalel Yoav Gadi Yahya Ismail Recep Ekrem Viktor Giorgia Emmanuel Marine Jordan Bashar
  Sergei Sergey Dmitry Dmitri Vladimir Alexei Alexey Yevgeny Yulia Olena Oleksandr Andriy Petro Vitali Vitaly Zelensky
  Mette Ursula Jens Annalena Friedrich Markus Pedro Giuseppe Matteo Mario Silvio Luigi Jacinda Anthony Scott Keir
  Kwame Nana Kofi Uhuru William Cyril Jacob Thabo Paul Abiy Bola Muhammadu Goodluck Yoweri
  Mayra Deb Raphael Bernie Chuck Mitch Kevin Hakeem Jeffries Letitia Kathy Gavin Gretchen Wes Josh Spencer Glenn Ron
  Greg
  Karoline Pam Kristi Kash Marco Pete Tulsi Stephen Russ Brendan Tom Mike Vance JD`;

/**
 * Spanish and German articles that open places' and papers' names ("El Chaparral", "Las Cruces", "Der
 * Spiegel"), and the "En" of "En Route", more often than anyone's given name.
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['El', 'La', 'Los', 'Las', 'En', 'Der', 'Die']);

/**
 * Given names (from @stdlib's English first-name lists). Months, weekdays and capitalised function
 * words ("April", "May", "Will") are left out: at the start of a capitalised run they are far more
 * often the month or the word.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...(firstNames as string[]), ...NEWS_FIRST_NAMES.split(/\s+/)].filter(
    (n) => n && !MONTHS.has(n) && !WEEKDAYS.has(n) && !FUNCTION_WORDS.has(n) && !NAME_ARTICLES.has(n),
  ),
);

/** Short forms of given names that news uses interchangeably with the full form ("Ed Davis", "Edward Davis"). */
const HYPOCORISMS = new Map<string, string>(
  `Ed:Edward Eddie:Edward Ted:Edward Bob:Robert Rob:Robert Bobby:Robert Bill:William Will:William Billy:William
  Jim:James Jimmy:James Mike:Michael Mick:Michael Tom:Thomas Tommy:Thomas Joe:Joseph Dick:Richard Rick:Richard
  Rich:Richard Dan:Daniel Danny:Daniel Dave:David Steve:Steven Chris:Christopher Matt:Matthew Pat:Patrick
  Nick:Nicholas Tony:Anthony Andy:Andrew Drew:Andrew Alex:Alexander Sam:Samuel Ben:Benjamin Fred:Frederick
  Greg:Gregory Jeff:Jeffrey Jerry:Gerald Larry:Lawrence Tim:Timothy Ron:Ronald Don:Donald Ken:Kenneth
  Liz:Elizabeth Beth:Elizabeth Kate:Katherine Kathy:Katherine Cathy:Catherine Sue:Susan Jen:Jennifer
  Jenny:Jennifer Meg:Margaret Maggie:Margaret Peggy:Margaret Pam:Pamela Deb:Deborah Debbie:Deborah Vicky:Victoria`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The full form of a given name written short ("Ed" → "Edward"); the name itself otherwise. */
export function fullGivenName(name: string): string {
  return HYPOCORISMS.get(name) ?? name;
}

/** Levenshtein distance when it is `max` or less; `max + 1` when it is more. */
export function editDistance(a: string, b: string, max = 2): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  // (at most one slip, the question asked of every pair of similar names: one pass, no table)
  if (max <= 1) return a === b ? 0 : max === 1 && oneEditApart(a, b) ? 1 : over;
  // two rows in one reused array; only cells within `max` of the diagonal can hold `max` or less, the others
  // are `over` and never computed (the names of a corpus meet each other by the ten thousand)
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Int32Array(2 * width);
  const s = rows;
  let prev = 0,
    row = width;
  for (let j = 0; j <= Math.min(b.length, over); j++) s[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max),
      hi = Math.min(b.length, i + max);
    s[row] = Math.min(i, over);
    if (lo > 1) s[row + lo - 1] = over;
    let best = s[row + lo - 1];
    const c = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = s[prev + j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1);
      if (s[prev + j] + 1 < v) v = s[prev + j] + 1;
      if (s[row + j - 1] + 1 < v) v = s[row + j - 1] + 1;
      if (v > over) v = over;
      s[row + j] = v;
      if (v < best) best = v;
    }
    if (hi < b.length) s[row + hi + 1] = over;
    if (best > max) return over;
    [prev, row] = [row, prev];
  }
  return s[prev + b.length];
}
let rows = new Int32Array(128);

/** Two different strings of lengths at most one apart, one insertion, deletion or substitution apart. */
function oneEditApart(x: string, y: string): boolean {
  const [a, b] = x.length >= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // past the first difference the rest is the same: after a substitution, or after the longer one's extra letter
  const shift = a.length === b.length ? 0 : 1;
  for (let j = i + 1; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j - shift)) return false;
  return true;
}
