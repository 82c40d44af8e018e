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
