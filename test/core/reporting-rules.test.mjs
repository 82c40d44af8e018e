// Rules that follow how reporting is written, one test per kind, on small invented articles (none is
// a copy of the real-text set): places a story is about, people, figures that disagree, figures that
// are not what they seem, and files that are not articles.
import test from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusOf, entitiesOf, entityAt, figureAt, verdicts } from './helpers.mjs';

const links = { label: (d) => d, href: () => undefined };
const findings = (corpus, doc) => core.findingsFor(corpus, doc, links);
/** Every compared pair, both ways round: "a.txt:Nearly 40 ~ b.txt:More than 40" → verdict. */
function pairs(corpus) {
  const name = (e) => `${e.doc}:${e.fig.qualifierText ? e.fig.qualifierText + ' ' : ''}${e.fig.text}`;
  const out = new Map();
  for (const l of corpus.allLinks()) {
    out.set(`${name(l.a)} ~ ${name(l.b)}`, l.verdict);
    out.set(`${name(l.b)} ~ ${name(l.a)}`, l.verdict);
  }
  return out;
}
const figures = (text) => core.analyzeText(text).figures.figures.map((f) => `${f.text}:${f.kind}`);
const measures = (text) => core.analyzeText(text).figures.figures.map((f) => `${f.text}:${f.measure}`);

test('places: a town abroad counts where its country is named; a prefecture or district is a place', () => {
  const c = corpusOf({
    'a.txt':
      'Miners trapped in Chile\n\nRescuers in Copiapó said on Tuesday that the shaft in Chile was stable.\n' +
      'Officials in Miyagi Prefecture and the Dolakha District sent teams.\n',
  });
  const places = Object.keys(entitiesOf(c, 'place'));
  // (Miyagi Prefecture is the region Japan names so)
  for (const p of ['Copiapó', 'Chile', 'Miyagi', 'Dolakha District']) assert.ok(places.includes(p), p);
});

test('places: a sea or a gulf is not its namesake country, but a place of its own', () => {
  const c = corpusOf({
    'a.txt': 'Oil spread across the Gulf of Mexico and ships crossed the Sea of Japan on Monday.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), { 'Gulf of Mexico': ['Gulf of Mexico'], 'Sea of Japan': ['Sea of Japan'] });
});

test('people: words for a people are never names; a role in apposition introduces one', () => {
  const c = corpusOf({
    'a.txt':
      'Haitian officials and West African doctors met. Nepali police were there.\n' +
      'The 19-year-old suspect, Dzhokhar Tsarnaev, was charged on Monday. Tsarnaev did not speak.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')), ['Dzhokhar Tsarnaev']);
  assert.deepEqual(entitiesOf(c, 'person')['Dzhokhar Tsarnaev'], ['Dzhokhar Tsarnaev', 'Tsarnaev']);
});

test('people: a short given name, a variant transliteration and a given name alone are one person', () => {
  const c = corpusOf({
    'a.txt': 'Police Commissioner Edward Davis said the suspect Tamerlan Tsarnaev had died.\n',
    'b.txt': 'Commissioner Ed Davis said Tamerlan had been shot. Commissioner Edward Davis said more.\n',
    'c.txt': 'Suspect Abdelkader Benali was held. Suspect Abdelkader Benali spoke. Suspect Abdel Kader Benali left.\n',
  });
  const people = entitiesOf(c, 'person');
  assert.equal(Object.keys(people).length, 3, Object.keys(people).join(', '));
  const benali = Object.values(people).find((m) => m.includes('Abdelkader Benali'));
  assert.ok(benali.includes('Abdel Kader Benali'));
  assert.ok(people['Tamerlan Tsarnaev'].includes('Tamerlan'));
  assert.ok(people['Edward Davis'].includes('Ed Davis'));
});

test('people: a building or a disaster named like a person is neither the person nor anyone', () => {
  const c = corpusOf({
    'a.txt':
      'Garment Factory Collapse Kills Hundreds\n\nThe Tarek Plaza building collapsed on Wednesday. Its owner, ' +
      'Mohammed Selim Tarek, was arrested. Tarek had ignored warnings.\n',
    'b.txt': 'Survivors of Tarek Plaza Building Collapse Remember\n\nSurvivors of Tarek Plaza met on Friday.\n',
    // a body's name and a base's, where a first name opens them
    'c.txt': 'Airlift\n\nThe Fairfax County Urban Search and Rescue team left Joint Base Lewis-McChord on Tuesday.\n',
  });
  const people = entitiesOf(c, 'person');
  assert.deepEqual(Object.keys(people), ['Mohammed Selim Tarek']);
  assert.deepEqual(people['Mohammed Selim Tarek'], ['Mohammed Selim Tarek', 'Tarek']);
});

test('people: a title of a field names the surname after it, and no one where nothing follows the field', () => {
  const c = corpusOf({
    'a.txt':
      'Statement\n\nU.S. Secretary of State Vance said the aid would go on. Minister of Home Affairs Okoro agreed.\n' +
      'The Minister of Foreign Affairs said nothing. The Secretary of State left. ' +
      'The Commissioner of Labor Statistics said so.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')).sort(), ['Okoro', 'Vance']);
});

test('places: a small place the story names with its country elsewhere is that place where named alone', () => {
  const c = corpusOf({
    'a.txt': 'Quake hits New Zealand\n\nThe quake struck Christchurch, New Zealand, on Tuesday.\n',
    'b.txt': 'Rescue\n\nTeams worked in Christchurch, New Zealand, through the night.\n',
    'c.txt': 'A team heads out\n\nOur team flew to Christchurch on Wednesday. Christchurch Hospital was full.\n',
    // where no place goes, the name is not read as the place
    'd.txt': 'Nurses\n\nTroy, a nurse, said the ward was full. The team flew in from Troy.\n',
    'e.txt': 'Teams\n\nThe team left Troy, Ohio, on Monday.\n',
    'f.txt': 'Teams\n\nMore crews reached Troy, Ohio, on Tuesday.\n',
  });
  assert.equal(entityAt(c, 'c.txt', 'Christchurch')?.name, 'Christchurch');
  assert.equal(entityAt(c, 'c.txt', 'Christchurch')?.description, entityAt(c, 'a.txt', 'Christchurch').description);
  // a word of a longer name is not the place
  assert.equal(entityAt(c, 'c.txt', 'Christchurch', 2)?.kind === 'place', false);
  // a place named like a person is that place only where a place goes
  assert.notEqual(entityAt(c, 'd.txt', 'Troy')?.kind, 'place');
  assert.equal(entityAt(c, 'd.txt', 'Troy', 2)?.description, entityAt(c, 'e.txt', 'Troy').description);
});

test('figures: two voices in one sentence can disagree; one voice listing figures does not', () => {
  const c = corpusOf({
    'a.txt':
      'Quake toll\n\nMarch 3, 2025\n\nPolice in Ridgeville say 41 people were killed, while the Red Cross says 47 were killed.\n' +
      'New cases rose in Ridgeville (509 cases) and in Ridgeville county (748 cases), officials said.\n',
  });
  const conflicts = findings(c, 'a.txt').filter((f) => f.code === 'figure-conflict');
  assert.deepEqual(conflicts.map((f) => f.message.split(' ')[0]).sort(), ['41', '47']);
});

test('figures: a place a sentence opens with is where each of its figures is, in every clause', () => {
  const c = corpusOf({
    'a.txt': 'Storm\n\nMarch 3, 2025\n\nIn Chicago, 40 people were injured and 12 died, officials said.\n',
    'b.txt': 'Storm\n\nMarch 3, 2025\n\nIn Detroit, 30 people were injured and 15 died, the mayor said.\n',
    'c.txt': 'Storm\n\nMarch 3, 2025\n\nThe storm killed 14 people in Chicago, police said.\n',
  });
  // Chicago's dead against Chicago's, never against Detroit's
  const v = pairs(c);
  assert.equal(v.get('a.txt:12 ~ c.txt:14'), 'conflict');
  assert.equal(v.get('a.txt:12 ~ b.txt:15'), undefined);
  const placeOf = (text) => core.analyzeText(text).figures.figures.map((f) => `${f.text} ${f.placeId ?? '-'}`);
  assert.deepEqual(placeOf('From the Mobile, Ala., command post, 18 teams, 19 vessels and 54 calls were counted.'), [
    '18 city:US-AL-Mobile',
    '19 city:US-AL-Mobile',
    '54 city:US-AL-Mobile',
  ]);
  // two cities opening a sentence: which one a figure is about is not said
  assert.deepEqual(placeOf('In Chicago and Detroit, officials counted 40 injuries; 12 people died.').slice(1), [
    '12 -',
  ]);
});

test('figures: a death toll that falls on a later day was revised down: a conflict that says so', () => {
  const c = corpusOf({
    'a.txt': 'Quake\n\nMarch 3, 2025\n\nThe earthquake killed 41 people in Ridgeville, officials said.\n',
    'b.txt': 'Quake\n\nMarch 5, 2025\n\nThe earthquake killed 37 people in Ridgeville, officials said.\n',
    'c.txt': 'Quake\n\nMarch 7, 2025\n\nThe earthquake killed 52 people in Ridgeville, officials said.\n',
  });
  const b = findings(c, 'b.txt');
  assert.match(b.find((f) => f.code === 'figure-conflict').message, /revised down/);
  assert.ok(
    b.some((f) => f.code === 'figure-updated'),
    'the rise to 52 is an update',
  );
});

test('figures: hedged figures that cannot both hold disagree; a projection only when a count is past it', () => {
  const c = corpusOf({
    'a.txt':
      'Landslide\n\nMay 2, 2024\n\nNearly 40 people were killed in the landslide, the governor said.\n' +
      'Officials said the death toll could reach 500.\nAt least 60 people are feared dead in Alto Verde.\n',
    'b.txt':
      'Landslide\n\nMay 2, 2024\n\nMore than 40 people were killed in the landslide, the Red Cross said.\n' +
      'Engineers said 620 people were killed.\nIn Alto Verde, 12 people were confirmed dead.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:Nearly 40 ~ b.txt:More than 40'), 'conflict');
  assert.equal(v.get('a.txt:could reach 500 ~ b.txt:620'), 'conflict');
  // a fear of at least 60 dead is not contradicted by 12 confirmed so far
  assert.notEqual(v.get('a.txt:At least 60 ~ b.txt:12'), 'conflict');
  const projection = findings(c, 'b.txt').find((f) => f.message.startsWith('620'));
  assert.match(projection.message, /could reach 500 \(a projection\)/);
});

test('figures: lengths and areas are compared across units, with the conversion in the message', () => {
  const c = corpusOf({
    'a.txt':
      'Mine collapse\n\nAugust 9, 2024\n\nThe miners are trapped about 400 meters (1,300 feet) below the ground.\n' +
      'The Pine Ridge Fire burned 2,000 hectares on Thursday.\nThe shaft is 60 centimeters wide.\n',
    'b.txt':
      'Mine collapse\n\nSeptember 20, 2024\n\nThe miners are trapped 700 meters underground.\n' +
      'Crews have drilled 300 meters underground so far.\n',
    'c.txt': 'Mine collapse\n\nAugust 9, 2024\n\nThe Pine Ridge Fire has burned 6,000 acres on Thursday.\n',
    'd.txt': 'Mine collapse\n\nAugust 10, 2024\n\nThe miners are trapped 1,300 feet underground.\n',
  });
  const v = pairs(c);
  // a depth does not change: weeks apart, still the same depth
  assert.equal(v.get('a.txt:about 400 meters ~ b.txt:700 meters'), 'conflict');
  assert.equal(v.get('a.txt:about 400 meters ~ d.txt:1,300 feet'), 'consistent');
  // "(1,300 feet)" restates 400 meters: one claim, not a second figure to flag
  assert.ok(![...v.keys()].some((k) => k.startsWith('a.txt:1,300 feet')));
  assert.equal(v.get('a.txt:2,000 hectares ~ c.txt:6,000 acres'), 'conflict');
  // progress of a drill is not the depth of a place, and a width is not a depth
  assert.ok(![...v.keys()].some((k) => /300 meters|60 centimeters/.test(k)));
  const depth = findings(c, 'b.txt').find((f) => f.message.startsWith('700 meters'));
  assert.match(depth.message, /says about 400 meters/);
  assert.match(findings(c, 'd.txt')[0].message, /700 meters \(about 2,297 feet\)/);
  const area = findings(c, 'c.txt')[0];
  assert.match(area.message, /2,000 hectares \(about 4,942 acres\)/);
});

test('figures: anniversary pieces are dated from the event, and compared with each other', () => {
  const c = corpusOf({
    'a.txt':
      'A year on\n\nOn Friday, March 7, 2025, a strong earthquake struck the coast.\n' +
      'Nearly a year after the quake, the national police count 8,412 people dead.\n',
    'b.txt': 'Looking back\n\nThe quake struck one year ago on March 7. In all, 12,000 people were killed.\n',
    'c.txt': 'Quake\n\nMarch 8, 2025\n\nThe earthquake killed 310 people, the police said.\n',
  });
  assert.equal(core.analyzeText(c.text('a.txt')).figures.dateline.year, 2026);
  const v = pairs(c);
  assert.equal(v.get('a.txt:8,412 ~ b.txt:12,000'), 'conflict');
  assert.ok(![...v.keys()].some((k) => k.includes('310')), 'a year apart: not the same count');
});

test('figures: the rest of a whole is not the whole', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nNovember 11, 2024\n\nThe government will pay a 100 percent cost share for emergency power work.\n' +
      'Other forms of emergency work remain at a 75 percent cost share.\n',
    // the same share said otherwise elsewhere is compared: the whole is not left out, only the rest is
    'b.txt': 'Aid\n\nNovember 11, 2024\n\nThe government will pay a 90 percent cost share for emergency power work.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:100 percent ~ b.txt:90 percent'), 'conflict');
  assert.ok(![...v.keys()].some((k) => k.includes('75 percent')), [...v.keys()].join('; '));
});

test('figures: a whole and its parts, and a count added to another, are not figures that disagree', () => {
  const day = 'February 7, 2023';
  const c = corpusOf({
    'a.txt':
      `Quake\n\n${day}\n\nLIMA, Peru — The quake left more than 4,300 people dead in Peru and Chile on Monday.\n` +
      'Chile reported 1,444 deaths. At least 1,400 died in the north. Another 4,400 are dead in the south.\n' +
      'Helicopters rescued 800 more people, bringing the total rescued to 2,305.\n',
    'b.txt':
      `Quake\n\n${day}\n\nChile reported 1,500 deaths.\n` +
      'The death toll has risen to 8,364. Medics said 5,894 people have died in the mountains and 2,470 people ' +
      'have died in Bolivia.\n',
    'c.txt': `Quake\n\n${day}\n\nThe death toll has risen to 9,000.\n`,
    'd.txt': `Quake\n\n${day}\n\nLIMA, Peru — Helicopters have rescued 2,900 people.\n`,
  });
  const v = pairs(c);
  const linked = (n) => [...v.keys()].filter((k) => k.includes(n));
  // the toll of two countries is neither's but the list's; the city of the dateline is not where it happened either
  assert.deepEqual(
    linked('4,300').filter((k) => /1,444|1,500/.test(k)),
    [],
  );
  const both = core.analyzeText(c.text('a.txt')).figures.figures.find((f) => f.text === '4,300');
  assert.equal(both.placeId, 'country:CL+country:PE');
  assert.equal(both.placeText, 'Peru and Chile');
  // (a town and the city it is part of are no list)
  const placeOf = (text) => core.analyzeText(text).figures.figures[0].placeId;
  assert.equal(placeOf('The fire killed 12 people in Brooklyn, New York, on Monday.\n'), 'city:US-NY-Brooklyn');
  assert.deepEqual(linked('4,400'), []);
  assert.deepEqual(linked(':800'), []);
  // a part that names no place is compared with nothing; the whole and the parts that name one still are
  assert.deepEqual(linked('5,894'), []);
  assert.equal(v.get('b.txt:8,364 ~ c.txt:9,000'), 'conflict');
  assert.equal(v.get('a.txt:1,444 ~ b.txt:1,500'), 'conflict');
  assert.equal(v.get('a.txt:2,305 ~ d.txt:2,900'), 'conflict');
});

test("figures: a storm's counts keep changing through it; an operation's total is final once reported", () => {
  const c = corpusOf({
    'a.txt': 'Hurricane Marla\n\nAugust 31, 2017\n\nNorthcom deployed 73 helicopters for Hurricane Marla.\n',
    'b.txt': 'Hurricane Marla\n\nSeptember 1, 2017\n\nNorthcom has deployed 87 helicopters for Hurricane Marla.\n',
    'c.txt': 'Hurricane Marla\n\nAugust 31, 2017\n\nNorthcom deployed 80 helicopters for Hurricane Marla.\n',
    'd.txt': 'Sweep\n\nAugust 31, 2017\n\nOperation Clean Sweep led to 230 arrests.\n',
    'e.txt': 'Sweep\n\nSeptember 1, 2017\n\nOperation Clean Sweep ended with 260 arrests.\n',
    'f.txt': 'Train\n\nMarch 3, 2023\n\nThe Larkin Derailment involved 38 rail cars, officials said.\n',
    'g.txt': 'Train\n\nMarch 9, 2023\n\nThe Larkin Derailment involved 50 rail cars, officials said.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:73 ~ b.txt:87'), 'updated');
  assert.equal(v.get('a.txt:73 ~ c.txt:80'), 'conflict');
  assert.equal(v.get('d.txt:230 ~ e.txt:260'), 'conflict');
  assert.equal(v.get('f.txt:38 ~ g.txt:50'), 'conflict');
});

test('figures: a percentage written with a hyphen is one; aircraft counted by their model are counted so', () => {
  const kinds = (text) =>
    core
      .analyzeText(text)
      .figures.figures.filter((f) => f.kind !== 'identifier')
      .map((f) => `${f.text}:${f.kind}:${f.measure}`);
  assert.deepEqual(kinds('It approved a 90-percent cost share for debris removal. Northcom sent three C-130s.\n'), [
    '90-percent:percent:cost share',
    'three:count:c-130',
  ]);
});

test('figures: the people aboard are not the missing, and the unaccounted for are the missing', () => {
  assert.deepEqual(
    measures(
      'The ferry went down with 476 people on board. About 250 people were unaccounted for. ' +
        'It had 30 crew aboard. The 12 people on the school board voted.\n',
    ),
    ['476:aboard', '250:missing', '30:aboard', '12:votes'],
  );
});

test('figures: a population, the homeless, and a fact sheet\'s "number of" count what they say', () => {
  assert.deepEqual(
    measures(
      'The blast reached an area with an estimated population of 778,000 people, and an estimated 300,000 people ' +
        'are experiencing homelessness. Some 5,000 people were left homeless.\n\n' +
        '300,000 number of People Targeted by Food Assistance\n\n171,600 number of People Affected by Damaged Shelters\n\n' +
        'Officials evacuated 9,000 people in the town out of a population of 50,000.\n\n' +
        // (over a hedge, and whatever verb follows; a town's residents written before it)
        'The population of approximately 26,800 evacuated the town. The fire ravaged the 26,000-resident town.\n',
    ),
    [
      '778,000:population',
      '300,000:homeless',
      '5,000:homeless',
      '300,000:people',
      '171,600:affected',
      '9,000:evacuations',
      '50,000:population',
      '26,800:population',
      '26,000:population',
    ],
  );
});

test('figures: children something happened to are a part of the people it happened to', () => {
  const c = corpusOf({
    'a.txt':
      'Blast\n\nSeptember 16, 2020\n\nSome 171,600 people were affected by damaged shelters. Damaged homes ' +
      'affected 100,000 children. The blast killed 30 children.\n',
    'b.txt': 'Blast\n\nSeptember 17, 2020\n\nThe blast killed 45 children, officials said.\n',
    'c.txt': 'Blast\n\nSeptember 16, 2020\n\nThe blast killed 36 children, officials said.\n',
  });
  const v = pairs(c);
  assert.deepEqual(
    [...v.keys()].filter((k) => k.includes('100,000')),
    [],
  );
  // (a group named in the singular, and girls and boys, are groups too)
  assert.deepEqual(measures('Four girls were killed in the blast. One woman died in the fire.\n'), [
    'Four:deaths (girls)',
    'One:deaths (women)',
  ]);
  // (the children's toll runs as the people's does: a later day's is an update, the same day's a conflict)
  assert.equal(v.get('a.txt:30 ~ b.txt:45'), 'updated');
  assert.equal(v.get('a.txt:30 ~ c.txt:36'), 'conflict');
});

test("figures: a named storm's toll in an undated article is of no known day; people affected is a running total", () => {
  const c = corpusOf({
    'a.txt': 'Typhoon Kalmaegi\n\nNovember 12, 2025\n\nTyphoon Kalmaegi has killed 120 people, officials said.\n',
    'b.txt': 'Typhoon Kalmaegi Yolanda Fact Sheet #3\n\nTyphoon Kalmaegi has killed 300 people, officials said.\n',
    'c.txt': 'Typhoon Kalmaegi\n\nNovember 13, 2025\n\nTyphoon Kalmaegi affected an estimated 8 million people.\n',
    'd.txt':
      'Typhoon Kalmaegi\n\nNovember 12, 2025\n\nAt least 9.8 million people were affected by Typhoon Kalmaegi.\n',
    // (dated alike, the tolls still compare)
    'g.txt': 'Typhoon Kalmaegi\n\nNovember 12, 2025\n\nTyphoon Kalmaegi has killed 150 people, officials said.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:120 ~ b.txt:300'), undefined);
  assert.equal(v.get('a.txt:120 ~ g.txt:150'), 'conflict');
  assert.notEqual(v.get('c.txt:an estimated 8 million ~ d.txt:At least 9.8 million'), 'conflict');
  // a fact sheet's title is no one
  assert.deepEqual(entitiesOf(c, 'person'), {});
});

test('figures: homes destroyed are not homes damaged; where one says no verb, they may be compared', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nMarch 3, 2025\n\nThe storm damaged 300 homes in Tarvin, officials said.\n' +
      'It destroyed 150 homes there. In Tarvin, 40 bridges were shut, and by Friday 25 were rebuilt.\n',
    'b.txt': 'Storm\n\nMarch 3, 2025\n\nIn Tarvin, 210 homes were flattened by the storm, officials said.\n',
    'c.txt': 'Storm\n\nMarch 3, 2025\n\nThe storm left 280 homes in Tarvin in ruins.\n',
    // two actions together are one action of both, in either order
    'd.txt': 'Storm\n\nMarch 3, 2025\n\nThe storm destroyed or damaged 420 homes in Tarvin.\n',
    'e.txt': 'Storm\n\nMarch 3, 2025\n\nIn Tarvin, 380 homes were damaged or destroyed, officials said.\n',
    // a number inside a phrase: the verb after is the sentence's
    'f.txt': 'Storm\n\nMarch 3, 2025\n\nIn Tarvin, children from the rubble of 250 homes were treated.\n',
    // a participle that says nothing of what happened to them is no action; the verb before the number is
    'g.txt': 'Storm\n\nMarch 3, 2025\n\nIn Tarvin, the storm damaged 330 homes built before 1970.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:300 ~ a.txt:150'), undefined);
  // the same action under another word, and the same action written before the number or after the noun
  assert.equal(v.get('a.txt:150 ~ b.txt:210'), 'conflict');
  assert.equal(v.get('a.txt:300 ~ b.txt:210'), undefined);
  // "25 were rebuilt" takes the bridges of its sentence and its own verb: not the bridges shut
  assert.equal(v.get('a.txt:40 ~ a.txt:25'), undefined);
  // no verb: compared as before
  assert.equal(v.get('a.txt:300 ~ c.txt:280'), 'conflict');
  assert.equal(v.get('b.txt:210 ~ c.txt:280'), 'conflict');
  assert.equal(v.get('d.txt:420 ~ e.txt:380'), 'conflict');
  assert.equal(v.get('a.txt:300 ~ d.txt:420'), undefined);
  assert.equal(v.get('b.txt:210 ~ e.txt:380'), undefined);
  assert.equal(v.get('a.txt:300 ~ f.txt:250'), 'conflict');
  assert.equal(v.get('a.txt:300 ~ g.txt:330'), 'conflict');
});

test('figures that are not what they seem: models, flights, measurements and headline money', () => {
  assert.deepEqual(figures('The Boeing 737 on Flight 9525 carried 150 people and climbed 8 feet (2.4 m) a second.'), [
    'Boeing 737:identifier',
    '9525:identifier',
    '150:count',
    '8 feet:measurement',
    '2.4 m:measurement',
  ]);
  assert.deepEqual(figures('A magnitude 7.8 quake, then a 5.9-magnitude aftershock 40 miles away.'), [
    '7.8:measurement',
    '5.9-magnitude:measurement',
    '40 miles:measurement',
  ]);
  assert.deepEqual(figures('U.S. Pledges $15 Million for Relief\n\nThe aid will reach 2,000 families.\n'), [
    '15 Million:money',
    '2,000:count',
  ]);
  // a phone number is written with a leading zero; no count is
  assert.deepEqual(figures('It hired 200 inspectors and opened a help line (0800-4455000), or call 0207 946 0000.'), [
    '200:count',
    '0800:identifier',
    '4455000:identifier',
    '0207:identifier',
    '946:identifier',
    '0000:identifier',
  ]);
});

test('files that are not articles: a key file or a list yields no figures, no names, and a reason', () => {
  const key = 'pub   rsa4096 2019-01-01 [SC]\n      0C4B 3A2D 98F1 1E27 5B6C  D3A0 9F12 44E1 7A3B 2C01\n'.repeat(8);
  const a = core.analyzeText(key);
  assert.equal(a.figures.figures.length, 0);
  assert.equal(a.people.length + a.places.length, 0);
  assert.match(a.notProse, /does not read as prose/);
  assert.equal(
    core.analyzeText('Storm kills 9 in Texas\n\nNine people died on Tuesday, officials said.\n').notProse,
    undefined,
  );
});

test('figures: counts written as added ("31 additional counties", "676 new cases") are parts, never compared', () => {
  const day = 'February 23, 2021';
  const c = corpusOf({
    'a.txt':
      `Storm\n\n${day}\n\nAUSTIN, Texas — Renters in 31 additional counties can now apply. Officials counted 676 ` +
      'new cases in Austin.\n',
    'b.txt': `Storm\n\n${day}\n\nAUSTIN, Texas — Renters in 108 counties can now apply. Austin has 15,600 cases.\n`,
  });
  const subset = (t) => core.analyzeText(c.text('a.txt')).figures.figures.find((f) => f.text === t).subset;
  assert.equal(subset('31'), true);
  assert.equal(subset('676'), true);
  assert.deepEqual(verdicts(c), []);
});

test('figures: a toll added to a toll of another kind ("dead and another 2,500 injured") is the whole of its own', () => {
  const day = 'October 28, 2011';
  const c = corpusOf({
    'a.txt': `Quake\n\n${day}\n\nIn Turkey, more than 570 people were reported dead and another 2,500 injured.\n`,
    'b.txt': `Quake\n\n${day}\n\nIn Turkey, 1,300 people were injured, officials said.\n`,
    // (added to a count of its own kind it is a part: "another 20 died in the south")
    'c.txt': `Quake\n\n${day}\n\nIn Van, five people died in the north and another 20 died in the south.\n`,
  });
  const subset = (doc, t) => core.analyzeText(c.text(doc)).figures.figures.find((f) => f.text === t).subset;
  assert.equal(subset('a.txt', '2,500'), false);
  assert.equal(subset('c.txt', '20'), true);
  assert.deepEqual(verdicts(c), ['a.txt:2,500 conflict', 'b.txt:1,300 conflict']);
});

test('figures: the verb after an aside says what was counted ("150 people, mainly students, were killed")', () => {
  const day = 'April 3, 2015';
  const c = corpusOf({
    'a.txt': `Attack\n\n${day}\n\nIn Garissa, nearly 150 people, mainly students, were killed in the attack.\n`,
    'b.txt': `Attack\n\n${day}\n\nIn Garissa, 60 people were killed, officials said.\n`,
    // (a name set off by commas is one of them: "one American citizen, Quinn Lucas Schansman, was killed")
    'c.txt': `Attack\n\n${day}\n\nIn Garissa, one American citizen, Quinn Lucas Schansman, was killed.\n`,
  });
  assert.equal(figureAt(c, 'a.txt', '150').measure, 'deaths');
  assert.notEqual(figureAt(c, 'c.txt', 'one').measure, 'deaths');
  assert.deepEqual(verdicts(c), ['a.txt:150 conflict', 'b.txt:60 conflict']);
});

test('figures: a dateline is the place of the counts that name none only where the story is there', () => {
  const day = 'May 13, 2015';
  const c = corpusOf({
    // (an agency's release from its seat about a place of another state)
    'a.txt':
      `Derailment\n\n${day}\n\nWASHINGTON — A train derailed in Philadelphia, Pennsylvania, on Tuesday. Eight ` +
      'passengers died and more than 200 others were taken to hospitals.\n',
    'b.txt': `Derailment\n\n${day}\n\nA train derailed on Tuesday. Eight passengers died, and 185 others were taken to hospitals.\n`,
    // (a story where its dateline is: another town of its state, or of its country where states are not known)
    'c.txt': `Flood\n\n${day}\n\nHOUSTON — Crews rescued 30 people on Tuesday, and 12 more in Pasadena, Texas.\n`,
    'd.txt': `Flood\n\n${day}\n\nMEXICO CITY — Crews rescued 30 people on Tuesday, and 12 more in Puebla.\n`,
  });
  assert.equal(figureAt(c, 'a.txt', '200').placeId, undefined);
  assert.equal(figureAt(c, 'c.txt', '30').placeId, 'city:US-TX-Houston');
  assert.equal(figureAt(c, 'd.txt', '30').placeId, 'city:MX-Mexico_City');
  assert.deepEqual(verdicts(c), ['a.txt:200 conflict', 'b.txt:185 conflict']);
});

test('figures: what a story measures itself by is not its own: an event or a year after "since", "than"', () => {
  const day = 'April 28, 2011';
  const c = corpusOf({
    'a.txt':
      `Tornadoes\n\n${day}\n\nMore than 300 are dead in Alabama after the worst natural disaster to hit the ` +
      'nation since Hurricane Katrina. It was the deadliest swarm since 310 people were killed in Alabama in 1974.\n',
    'b.txt':
      `Outage\n\n${day}\n\nThe storm cut power to 232,881 customers in Tulsa. “It’s nearly 200,000 customers in ` +
      'Tulsa at the peak, the biggest outage we’ve had since 2006,” she said.\n',
  });
  const a = core.analyzeText(c.text('a.txt')).figures;
  assert.deepEqual(a.events, []);
  assert.equal(figureAt(c, 'a.txt', '310').year, 1974);
  assert.equal(figureAt(c, 'b.txt', '200,000').year, undefined);
  // (310 of 1974 against this year's 300 is no disagreement; the outage's two counts are)
  assert.deepEqual(verdicts(c), ['b.txt:200,000 conflict', 'b.txt:232,881 conflict']);
});

test('from the review: a dateline, two lower bounds, an added toll, a range, an aside, a named kind in capitals', () => {
  const day = 'March 4, 2025';
  const one = (text) => corpusOf({ 'a.txt': `Story\n\n${day}\n\n${text}\n` });
  const fig = (text, t) => figureAt(one(text), 'a.txt', t);
  // the dateline stays the place where the lead names no other country (a later mention of one does not tell)
  const kyiv = 'KYIV — Missiles struck the capital overnight. At least 12 people were killed. Russia denied it.';
  assert.equal(fig(kyiv, '12').placeId, 'city:UA-Kyiv');
  // two incidents of one article, or a fear, are not two counts of one toll
  const two =
    'At least 5 people were killed at a church in Kano. In a separate attack, at least 20 were killed in Kano.';
  assert.deepEqual(verdicts(one(two)), []);
  const c = corpusOf({
    'a.txt': `Flood\n\n${day}\n\nAt least 2,000 people were killed in Derna, officials said.\n`,
    'b.txt': `Flood\n\n${day}\n\nMore than 5,000 people are feared dead in Derna.\n`,
  });
  assert.deepEqual(verdicts(c), []);
  // added to a part, a part; added where the sentence counted its kind before, a part
  const blasts = 'A bomb killed 14 people. Another 3 people were killed by a second bomb, and another 9 were injured.';
  assert.equal(fig(blasts, '9').subset, true);
  const day3 = 'At least 40 people were injured in the morning, 12 were killed at noon, and another 30 were injured.';
  assert.equal(fig(day3, '30').subset, true);
  // a range after a verb of change elsewhere in the sentence stays a range
  assert.equal(
    fig('The toll rose on Monday, with estimates ranging from 125 to 149 dead.', '125 to 149').qualifier,
    'range',
  );
  // "among the dead" after an aside is a part of the dead, not their count
  assert.notEqual(fig('Nearly 140 people, mainly students, were among the dead.', '140').measure, 'deaths');
  // the noun after a list of participles is what is counted
  assert.notEqual(
    fig('The ministry reported 12 deaths, 149 confirmed and 300 suspected cases.', '149').measure,
    'deaths',
  );
  // a headline's capitals name the same kind as its body's lower case; a victim of a name's kind died
  const h = corpusOf({
    'a.txt': `12 National Guard Soldiers Killed In Helicopter Crash\n\n${day}\n\nThe crash was in Kano.\n`,
    'b.txt': `15 National Guard soldiers killed in helicopter crash\n\n${day}\n\nThe crash was in Kano.\n`,
  });
  assert.deepEqual(verdicts(h), ['a.txt:12 conflict', 'b.txt:15 conflict']);
  assert.equal(fig('At least 12 National Guard soldiers were killed in the attack.', '12').measure, 'deaths');
});

test('from the review: initials that name other things, a saint’s name', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nMarch 4, 2025\n\nThe Philippine Red Cross (PRC) said PRC volunteers helped. Haitian migrant Jean Saint ' +
      'Pierre, 34, spoke.\n',
  });
  const places = entitiesOf(c, 'place');
  assert.equal(places.China, undefined);
  assert.equal(
    Object.keys(places).some((n) => n.startsWith('Saint')),
    false,
  );
});

test('people: a full name with its middle initial is the short given name written in full', () => {
  const c = corpusOf({
    'a.txt': 'President Joseph R. Biden Jr. approved the declaration.\n',
    'b.txt': 'President Joe Biden visited Houston. Biden met the mayor.\n',
  });
  assert.deepEqual(Object.values(entitiesOf(c, 'person')), [['Joseph R. Biden Jr.', 'Joe Biden', 'Biden']]);
});

test("people and places: a storm's name, a vessel's, and a town's whole name are not people or places", () => {
  const c = corpusOf({
    'a.txt':
      'Aid Agencies Rush to Help Hurricane Matthew Victims in Haiti\n\nThe USS Mesa Verde arrived in ' +
      'Port-Au-Prince on Sunday. Planes flew to Abilene and Del Rio in Texas.\n',
  });
  assert.deepEqual(entitiesOf(c, 'person'), {});
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'Abilene',
    'Del Rio',
    'Haiti',
    'Port-au-Prince',
    'Texas',
  ]);
});

test("the second reviewer's probes: provinces, causes, lives, towns and units where the rules must not misfire", () => {
  const figs = (text) => core.analyzeText(text).figures.figures.filter((f) => f.kind === 'count');
  const one = (text) => figs(text)[0];
  // a province's toll is the province's, not the country's written after it
  assert.equal(one('Floods in Punjab province of Pakistan killed 1,200 people.').placeId, 'region:PK-Punjab');
  // "New Orleans" is no new count
  assert.equal(one('About 1,400 New Orleans residents died in the storm.').subset, false);
  // a word that qualifies ("war-torn"), or a cause before the last comma, is not the figure's cause
  assert.equal(one('The quake struck war-torn Syria, killing 5,000 people.').cause, 'disaster');
  assert.equal(one('After years of war, 5,900 people died in the earthquake.').cause, 'disaster');
  assert.equal(one('Firefighters are fighting the Camp Fire, which has killed 48 people.').cause, undefined);
  // lives spared or at risk are not deaths
  assert.equal(one('Early warnings spared 300 lives.').measure, 'lives');
  assert.equal(one('The storm put 40,000 lives at risk.').measure, 'lives');
  const c = corpusOf({
    'p.txt': 'Floods in Peru\n\nA farmer, Jorge Basadre, said the river rose.\n',
    's.txt': 'Wade Hampton, 62, a retired teacher in Columbia, South Carolina, said the storm passed.\n',
    'u.txt': 'They play in the 3rd Division. The 18th Wing flew.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')).sort(), ['Jorge Basadre', 'Wade Hampton']);
  assert.deepEqual(Object.keys(entitiesOf(c, 'organisation')), ['18th Wing']);
});

test('figures: a total written as such holds the smaller counts of its measure just before it', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nSeptember 3, 2019\n\nThe department gave 14 support bases to the agency and is using 20 bases for its ' +
      'own response, he said. Some are at one site, so all told, 26 bases are supporting the response.\n',
    'b.txt': 'Storm\n\nSeptember 3, 2019\n\nOfficials said 31 bases are supporting the response.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:20 ~ a.txt:26'), undefined);
  assert.equal(v.get('a.txt:26 ~ b.txt:31'), 'conflict');
});

test('figures: "in all of" a place and "a total of" name no sum of the counts before them', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nSeptember 3, 2019\n\nThe storm killed 12 people in Haiti on Monday. It killed 40 people in all of ' +
      'the Bahamas. The ministry said 11 people died in Nassau on Monday. A total of 14 people died in Nassau on ' +
      'Monday, according to local officials.\n',
    'b.txt': 'Storm\n\nSeptember 3, 2019\n\nIn Haiti, 25 people were killed by the storm on Monday.\n',
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:12 ~ b.txt:25'), 'conflict');
  assert.equal(v.get('a.txt:11 ~ a.txt:14'), 'conflict');
});

test('from the review: clock times, places moved to, replaced values, bullets and a storm named most', () => {
  const dated = (body, head = 'Update') => `${head}\n\nMay 20, 2013\n\n${body}\n`;
  const c = corpusOf({
    'a.txt': dated('The tornado killed 24 people at about 3:00 p.m. in Oklahoma.'),
    'b.txt': dated('Thirty people died in Oklahoma, officials said.'),
    'c.txt': dated('Some 30 migrants died and 200 were rescued and taken to Italy.'),
    'd.txt': dated('Officials said 97 migrants died in Italy.'),
    'e.txt': dated('State radio said 22,000 people have died, up from Monday’s figure of 15,000.'),
    'f.txt': dated(
      'More than $45.6 million has been approved, including the following:\n\n• $11.2 million approved for ' +
        'housing assistance\n\n• $3.4 million approved for other needs assistance',
    ),
    'g.txt': dated(
      'The storm has killed 31 people in Texas, officials said. It is the costliest storm since Hurricane Katrina.',
      'Hurricane Harvey death toll rises',
    ),
    'h.txt': dated('Hurricane Harvey has killed 35 people in Texas, officials said.'),
  });
  const v = new Map(verdicts(c).map((x) => x.split(' ')));
  // (a clock's colon ends no clause: the 24 is Oklahoma's)
  assert.equal(v.get('a.txt:24'), 'conflict');
  // (the place the rescued were taken to is not the dead's)
  assert.equal(figureAt(c, 'c.txt', '30').placeId, undefined);
  assert.equal(figureAt(c, 'e.txt', '15,000').corrected, true);
  assert.equal(figureAt(c, 'e.txt', '22,000').dayText, undefined);
  assert.equal(figureAt(c, 'f.txt', '3.4 million').subset, true);
  // (the headline's storm is the one the article is about, not one it compares it with)
  assert.equal(figureAt(c, 'g.txt', '31').eventText, 'Hurricane Harvey');
  assert.equal(v.get('g.txt:31'), 'conflict');
});

test('from the review: a street’s "St.", companies before a role, adjectives, names before other names', () => {
  const c = corpusOf({
    'a.txt':
      'Fire\n\nThe fire broke out at a house on Elm St. Maria Lopez, a neighbor, called 911. Lopez said it spread. ' +
      'Grace Ocean, owner of the Dali, and Synergy Marine, manager of the vessel, filed a petition.\n',
    'b.txt': 'Floods\n\nFloods killed 40 people in Western province. A ferry sank near the island of Kelantu.\n',
    'c.txt':
      'Aid\n\nWestern governments pledged aid. Patients were moved from Kelantu General Hospital to Kelantu on ' +
      'Monday.\n',
    'd.txt': 'Fans Honor Alan Freed\n\nRock pioneer Alan Freed was honored.\n',
  });
  assert.deepEqual(entityAt(c, 'a.txt', 'Maria Lopez')?.name, 'Maria Lopez');
  assert.equal(entityAt(c, 'a.txt', 'Synergy Marine')?.kind === 'person', false);
  assert.equal(entityAt(c, 'c.txt', 'Western')?.kind === 'place', false);
  assert.equal(entityAt(c, 'c.txt', 'Kelantu')?.kind === 'place', false);
  assert.equal(entityAt(c, 'c.txt', 'Kelantu', 2)?.name, 'Kelantu Island');
  assert.equal(entityAt(c, 'd.txt', 'Alan Freed')?.name, 'Alan Freed');
});

test('a toll "since the assault began" is the event’s whole toll; the day it began is not the count’s', () => {
  const c = corpusOf({
    'a.txt':
      'Siege\n\nSept. 23, 2013\n\nHe said 62 people have been killed since the assault began Saturday. The Red ' +
      'Cross put the death toll at 69. Some 2,000 people have died since the war began, and 400 died on Monday.\n',
  });
  const v = new Map(verdicts(c).map((x) => x.split(' ')));
  assert.equal(v.get('a.txt:62'), 'conflict');
  assert.equal(v.get('a.txt:69'), 'conflict');
  assert.equal(figureAt(c, 'a.txt', '62').dayText, undefined);
  // (a long war's toll since it began is its own count)
  assert.equal(figureAt(c, 'a.txt', '2,000').sinceText, 'since the war');
});

test('a figure a since-clause’s own verb takes is no count "since": "since an attack claimed nearly 150 lives"', () => {
  const c = corpusOf({
    'a.txt':
      'Attack\n\nApril 2, 2019\n\nThe town is marking four years since an attack claimed nearly 150 lives in ' +
      'Garissa. In all, the gunmen killed 148 people in Garissa. Since the war began 12 more people have died there.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '150').since, undefined);
  // (both one toll: compared, and compatible through the hedge)
  assert.deepEqual(verdicts(c), []);
  assert.equal(figureAt(c, 'a.txt', '12').sinceText, 'Since the war');
});

test('figures: "100 of whom", "one suspect, Name," are parts; attackers killed are counted apart from the toll', () => {
  const c = corpusOf({
    'a.txt':
      'Quake\n\nApril 8, 2009\n\nThe death toll has now surpassed 200 with thousands of others injured. There are ' +
      'more than 1,000 injured, 100 of which are in serious condition.\n',
    'b.txt':
      'Attack\n\nNov. 29, 2008\n\nIndian television said 155 people have been killed. Eleven gunmen killed are not ' +
      'counted in these totals. Police said 26 gunmen took part.\n',
    'c.txt':
      'Verdict\n\nJune 19, 2019\n\nThe four suspects sat in the dock. The court found no evidence to link one ' +
      'suspect, Sahal Diry Hussein, to the attackers.\n',
  });
  const fig = (doc, t) => figureAt(c, doc, t);
  assert.equal(figureAt(c, 'a.txt', '200', 2).measure, 'deaths');
  assert.equal(fig('a.txt', '100').subset, true);
  assert.equal(fig('b.txt', 'Eleven').measure, 'deaths (gunmen)');
  assert.equal(fig('c.txt', 'one').subset, true);
  assert.deepEqual(verdicts(c), []);
  // (a verb after others counted is theirs; one after a count's own noun is still its own)
  assert.deepEqual(measures('At least 5 people in 3 towns were killed.'), ['5:deaths', '3:town']);
});

test('figures, from the review: a source or a toll after "one …,", a part of another measure, attackers acting', () => {
  const day = 'March 4, 2025';
  const story = (text) => `Crash\n\n${day}\n\n${text}\n`;
  const c = corpusOf({
    'a.txt': story('The crash killed one person, Fort Worth police said.'),
    'b.txt': story('The crash killed two people, police said.'),
    'c.txt': story('The bus crash injured 30 people, two of whom later died in hospital, officials said.'),
    'd.txt': story('The bus crash killed three people and injured 30, officials said.'),
    'e.txt': story('Six people died in Alabama, and Georgia officials reported three deaths.'),
    'f.txt': story('The death toll from the crash has surpassed 200, officials said.'),
  });
  const v = pairs(c);
  assert.equal(v.get('a.txt:one ~ b.txt:two'), 'conflict');
  assert.equal(v.get('c.txt:two ~ d.txt:three'), 'conflict');
  assert.deepEqual(
    [...v.keys()].filter((k) => k.startsWith('e.txt:Six ~ e.txt')),
    [],
  );
  assert.equal(figureAt(c, 'f.txt', '200').qualifier, 'moreThan');
  assert.deepEqual(measures('Three gunmen killed 12 people at a wedding.'), ['Three:gunman', '12:deaths']);
  assert.deepEqual(measures('Troops killed five insurgents.'), ['five:deaths (militants)']);
  assert.equal(
    core.analyzeText('The quake killed 50 people in southern Turkey and northern Syria.').figures.figures[0].placeId,
    'country:SY+country:TR',
  );
});

test('figures: blasts and explosions are one thing counted', () => {
  assert.deepEqual(measures('Police reported seven explosions at four sites.'), ['seven:explosion', 'four:site']);
  assert.deepEqual(measures('Four blasts hit the city on Monday.'), ['Four:explosion']);
});

test('figures: the dateline is no scope of its sentence’s figures; a name’s "National" says nothing of the nation', () => {
  const day = 'March 4, 2025';
  const c = corpusOf({
    'a.txt': `Floods\n\n${day}\n\nNEW DELHI — Floods in Pakistan have killed 300 people, officials said.\n`,
    'b.txt': `Floods\n\n${day}\n\nFloods in Pakistan have killed 360 people, officials said.\n`,
    'c.txt': `Guard\n\n${day}\n\nMAYFIELD, Ky. – More than 300 members of the Kentucky National Guard are helping.\n`,
  });
  assert.equal(figureAt(c, 'a.txt', '300').placeId, 'country:PK');
  assert.deepEqual(
    [figureAt(c, 'c.txt', '300').placeId, figureAt(c, 'c.txt', '300').nationwide],
    ['city:US-KY-Mayfield', false],
  );
  assert.deepEqual(verdicts(c), ['a.txt:300 conflict', 'b.txt:360 conflict']);
});

test('figures: two tolls counted as one ("300 people dead or missing") are a measure of their own', () => {
  const day = 'April 29, 2014';
  const c = corpusOf({
    'a.txt': `Ferry\n\n${day}\n\nThe sinking left more than 300 people dead or missing off Jindo.\n`,
    'b.txt': `Ferry\n\n${day}\n\nOff Jindo, 120 people were killed, officials said.\n`,
    'c.txt': `Ferry\n\n${day}\n\nOff Jindo, 150 people were dead or missing, officials said. The blast killed or injured 40.\n`,
  });
  const fig = (doc, t) => figureAt(c, doc, t);
  assert.deepEqual([fig('a.txt', '300').measure, fig('c.txt', '40').measure], ['deaths+missing', 'deaths+injuries']);
  // (not against the dead alone; against the dead or missing, in words)
  const [f] = core.findingsFor(c, 'c.txt', { label: (d) => d, href: () => undefined });
  assert.match(f.message, /^150 dead or missing/);
  assert.deepEqual(verdicts(c), ['a.txt:300 conflict', 'c.txt:150 conflict']);
});

test('figures: a month a sentence opens with is its figures’ time ("In January, 17 people were killed")', () => {
  const c = corpusOf({
    // (undated pieces: within one article, and across two on one city)
    'a.txt':
      'Attacks\n\nGunmen killed 67 people in Paris on Friday night. In January, 17 people were killed in Paris.\n',
    'b.txt': 'Attacks\n\nAt least 35 people have been killed in Paris.\n',
    // (dated: a month other than the other article's)
    'c.txt': 'Floods\n\nNovember 13, 2015\n\nIn March, 40 people died in Lagos.\n',
    'd.txt': 'Floods\n\nNovember 14, 2015\n\nFloods killed 12 people in Lagos this week.\n',
    // (its comma left out: "In March an armed man attacked …")
    'e.txt': 'Report\n\nIn March an armed man attacked two Lagos mosques, killing 51 people.\n',
    'f.txt': 'Attack\n\nForty-nine people were killed Friday in shootings at two mosques in Lagos.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '17').dayText, 'January');
  assert.equal(figureAt(c, 'e.txt', '51').dayText, 'March');
  assert.deepEqual(
    verdicts(c).filter((v) => /:17 |:40 |:12 |:51 |:Forty-nine /.test(v)),
    [],
  );
});

test('figures: an adverb between a number and what it counts is read over ("77 still unaccounted for")', () => {
  assert.deepEqual(measures('Of the 129 girls, 52 escaped, leaving 77 still unaccounted for.').slice(-1), [
    '77:missing',
  ]);
  assert.deepEqual(measures('By Monday 40 were now missing and 30 already evacuated.'), [
    '40:missing',
    '30:evacuations',
  ]);
});

test('figures: undated pieces’ tolls on one city, one of them said to move ("Death Toll Rises to 50"), of some day', () => {
  const c = corpusOf({
    'a.txt': 'Christchurch Death Toll Reaches 50\n\nThe toll in Christchurch, New Zealand now stands at 50.\n',
    'b.txt': 'Attack\n\nForty-nine people were killed in Christchurch, New Zealand.\n',
    'c.txt': 'Attack\n\nPolice said 45 people were killed in Christchurch, New Zealand.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '50').cumulative, true);
  // (the two that say no move still disagree)
  assert.deepEqual(verdicts(c), ['b.txt:Forty-nine conflict', 'c.txt:45 conflict']);
});

test('figures: the next of a list of parts is a part ("Eighteen of the children and six adults")', () => {
  const c = corpusOf({
    'a.txt':
      'Shooting\n\nDecember 14, 2012\n\nA gunman killed 26 people in Newtown. Eighteen of the children and six ' +
      'adults, including the shooter, were found dead in one section of the school.\n',
  });
  assert.equal(figureAt(c, 'a.txt', 'six').subset, true);
  assert.deepEqual(verdicts(c), []);
  // (but not the victims' count after the attackers': "Seven of the attackers and 130 people died")
  const d = corpusOf({ 'a.txt': 'Attacks\n\nSeven of the attackers and 130 people died in the attacks in Paris.\n' });
  assert.equal(figureAt(d, 'a.txt', '130').subset, false);
});

test('figures: "gunmen" is made singular; those who attacked, counted under two nouns, are not one count', () => {
  assert.deepEqual(measures('Police say three gunmen opened fire.'), ['three:gunman']);
  // (a venue's gunmen are a part of a night's attackers; another month's attack is another's)
  const c = corpusOf({
    'a.txt': 'Attacks\n\nPolice said nine attackers took part in the attacks in Paris.\n',
    'b.txt': 'Attacks\n\nThree gunmen stormed the Bataclan concert hall in Paris.\n',
  });
  assert.deepEqual(verdicts(c), []);
});

test('figures, from the review of this round: a main clause after "since", a later time after a month, a verb', () => {
  const c = corpusOf({
    'a.txt':
      'Toll\n\nSince January soldiers have killed 40 militants in Mogadishu. The virus has since killed 1,800 ' +
      'people in Beni.\n',
    'b.txt':
      'Floods\n\nIn March the toll in Beira stood at 40, but it has since risen to 90.\n\nCHRISTCHURCH, New ' +
      'Zealand — In March an armed man attacked two mosques, killing 51 people.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '40').since, 'since:january');
  assert.equal(figureAt(c, 'a.txt', '1,800').cumulative, true);
  assert.deepEqual(
    ['40', '90', '51'].map((t) => figureAt(c, 'b.txt', t).dayText),
    ['March', undefined, 'March'],
  );
  // (an adverb before a verb that takes an object: not a participle that says what is counted)
  const guard = measures('Police said 2 reportedly killed a guard.');
  assert.equal(guard.length, 1);
  assert.notEqual(guard[0], '2:deaths');
});

test('figures, from the review of the code: a month and another, "by May", a verb after an adverb', () => {
  const c = corpusOf({
    'a.txt':
      'Floods\n\nIn March the toll stood at 40 in Beira and by May had reached 90 there. In January and ' +
      'February 70 people died in Beira.\n',
  });
  assert.deepEqual(
    ['40', '90', '70'].map((t) => figureAt(c, 'a.txt', t).dayText),
    ['March', undefined, undefined],
  );
  const staff = measures('Of the staff, 40 now work for the city.');
  assert.equal(staff.length, 1);
  assert.notEqual(staff[0], '40:work');
});

test('figures: a place’s size in apposition is a population ("Mayfield, a town of 10,000")', () => {
  assert.deepEqual(measures('The storm killed 12 people in Mayfield, a town of 10,000.'), [
    '12:deaths',
    '10,000:population',
  ]);
  assert.deepEqual(measures('Floods swept through Beni, a city of about 800,000 people, killing 40.'), [
    '800,000:population',
    '40:deaths',
  ]);
  // (not what a place holds: "a camp of 300 tents")
  assert.deepEqual(measures('Rescuers reached a camp of 300 tents.'), ['300:tent']);
});

test('figures: two bodies’ means, each the subject of its clause, are not one count in one article', () => {
  const actors = (text) =>
    core
      .analyzeText(text)
      .figures.figures.filter((f) => f.kind === 'count')
      .map((f) => `${f.text}:${f.actor ?? '-'}`);
  assert.deepEqual(
    actors(
      'Seacom has also deployed 87 helicopters and eight teams. The River Authority has 46 helicopters. ' +
        'They’ve had four boats sunk. Medics have 20 ambulances there, the medics said. ' +
        'Firefighters have 30 engines on the ridge. Meanwhile, the River Authority has sent 50 boats.',
    ),
    ['87:Seacom', 'eight:-', '46:River Authority', 'four:-', '20:-', '30:-', '50:River Authority'],
  );
  // (from a reviewer's probes: a person, a place and the words before a subject name no body)
  assert.deepEqual(
    actors(
      'President Donald Trump has sent 500 troops to the border. Texas has deployed 300 troopers. ' +
        'On Monday FEMA had sent 300 staff.',
    ),
    ['500:-', '300:-', '300:FEMA'],
  );
  // (capitals are a body where the article writes them in lowercase too: a web address; after a dateline's dash)
  assert.deepEqual(actors('FEMA has deployed 300 staff. See fema.gov for updates.'), ['300:FEMA']);
  assert.deepEqual(actors('HOUSTON (AP) — The River Authority has 46 helicopters.'), ['46:River Authority']);
  const c = corpusOf({
    'a.txt':
      'Storm response\nMarch 4, 2025\nSeacom has also deployed 87 helicopters to the coast. ' +
      'The River Authority has 46 helicopters in the air.\n',
    // one body twice, or by its initials, or by a shorter name: compared
    'b.txt':
      'Storm response\nMarch 4, 2025\nThe River Authority has 40 boats in the water. ' +
      'By noon the River Authority had 55 boats in the water. The Federal Rescue Agency has sent 300 medics. ' +
      'FRA has sent 400 medics. The National Guard has deployed 900 soldiers. The Guard has deployed 700 soldiers. ' +
      'The Department of Rescue has sent 20 trucks. DOR has sent 25 trucks.\n',
    // across articles a body goes by several names: compared
    'c.txt': 'Storm update\nMarch 4, 2025\nSeacom has deployed 90 helicopters to the coast.\n',
  });
  const p = pairs(c);
  assert.equal(p.get('a.txt:87 ~ a.txt:46'), undefined);
  assert.equal(p.get('b.txt:40 ~ b.txt:55'), 'conflict');
  assert.equal(p.get('b.txt:300 ~ b.txt:400'), 'conflict');
  assert.equal(p.get('b.txt:900 ~ b.txt:700'), 'conflict');
  assert.equal(p.get('b.txt:20 ~ b.txt:25'), 'conflict');
  assert.equal(p.get('a.txt:46 ~ c.txt:90'), 'conflict');
});
