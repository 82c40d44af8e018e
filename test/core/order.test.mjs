// `firstInOrder`: the first k of a list in an order, as a stable sort of the whole list gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from './helpers.mjs';

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

test('the first k equal a stable sort of all, cut to k: ties in the order they came, names compared by locale', () => {
  // (names that compare equal though written apart: composed and decomposed accents, case)
  const names = ['Ana', 'Åsa', 'A\u030asa', 'bo', 'Bo', 'Zoë', 'Zoe\u0308', 'éa', 'Ea', 'ma'];
  const byMentions = (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name);
  for (let round = 0; round < 300; round++) {
    const items = Array.from({ length: Math.floor(rand() * 60) }, (_, id) => ({
      id,
      mentions: Math.floor(rand() * 4),
      name: names[Math.floor(rand() * names.length)],
    }));
    for (const k of [0, 1, 3, 10, 59, 100]) {
      const want = [...items].sort(byMentions).slice(0, k);
      assert.deepEqual(core.firstInOrder(items, k, byMentions), want, `round ${round}, k ${k}`);
    }
  }
});
