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
 * Given names (from @stdlib's English first-name lists). Months, weekdays and capitalised function
 * words ("April", "May", "Will") are left out: at the start of a capitalised run they are far more
 * often the month or the word.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...(firstNames as string[]), ...NEWS_FIRST_NAMES.split(/\s+/)].filter(
    (n) => n && !MONTHS.has(n) && !WEEKDAYS.has(n) && !FUNCTION_WORDS.has(n),
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

/** Levenshtein distance, stopping early past `max` (names are short). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // (at most one slip, the question asked of every pair of similar names: one pass, no table)
  if (max <= 1) return a === b ? 0 : max === 1 && oneEditApart(a, b) ? 1 : max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

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
