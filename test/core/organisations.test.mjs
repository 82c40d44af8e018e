// Organisations: names with a word for a body of people, acronyms defined beside a name or spelled out
// by a name elsewhere in the corpus, short names, and the people whose roles name a body. Invented text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusOf, entitiesOf, entityAt } from './helpers.mjs';

const orgs = (corpus) => entitiesOf(corpus, 'organisation');

test('a name defined with its acronym in one article is the acronym in another', () => {
  const c = corpusOf({
    'a.txt': 'Relief\n\nThe Federal Emergency Management Agency (FEMA) opened two centres on Monday.\n',
    'b.txt': 'Relief\n\nFEMA Administrator Dana Okafor said crews were on the way. FEMA will pay for hotels.\n',
    'c.txt': 'Relief\n\nThe Bureau of Coastal Safety said the water was rising. BCS divers searched the bay.\n',
  });
  const o = orgs(c);
  assert.deepEqual(o['Federal Emergency Management Agency'], [
    'Federal Emergency Management Agency',
    'FEMA',
    'FEMA',
    'FEMA',
  ]);
  // no brackets, but the corpus spells it out
  assert.deepEqual(o['Bureau of Coastal Safety'], ['Bureau of Coastal Safety', 'BCS']);
  const fema = entityAt(c, 'b.txt', 'FEMA');
  assert.equal(fema.acronym, 'FEMA');
  assert.deepEqual(
    fema.members.map((m) => `${m.name}: ${m.role}`),
    ['Dana Okafor: FEMA Administrator'],
  );
  // the full name introduces the body: definition from an acronym goes where it is spelled out
  assert.deepEqual(
    c.introductions(fema.id, 'b.txt').map((m) => `${m.doc}:${m.text}`),
    ['a.txt:Federal Emergency Management Agency'],
  );
});

test('one body under its spellings: "Department of X", "X Department", a shorter name, a typo', () => {
  const c = corpusOf({
    'a.txt': 'Rail\n\nThe Department of Rail Safety opened an inquiry, the Unified Area Command said.\n',
    'b.txt':
      'Rail\n\nThe Rail Safety Department said Tuesday it had found a crack. Rail Safety inspectors agreed.\n' +
      'The Unified Command and the Department of Rail Safty met.\n',
  });
  const o = orgs(c);
  assert.equal(Object.keys(o).length, 2, JSON.stringify(o));
  assert.equal(
    entityAt(c, 'b.txt', 'Department of Rail Safty').id,
    entityAt(c, 'a.txt', 'Department of Rail Safety').id,
  );
  assert.equal(entityAt(c, 'b.txt', 'Unified Command').id, entityAt(c, 'a.txt', 'Unified Area Command').id);
});

test('laws, events, buildings and people are not bodies; a body inside a title or after a name is', () => {
  const c = corpusOf({
    'a.txt':
      'Flood\n\nThe Clean Rivers Act passed. The Morrow River Flood closed the Harbor Trade Center and ' +
      'Pendleton Street and Academy Street.\n' +
      'Sgt. Ana Ruiz of the Lakeport Police Department said the Lakeport Power Plant was dry.\n' +
      'Negotiators for Morrow Steel and the Lakeport Teachers Union met on Monday.\n',
  });
  assert.deepEqual(Object.keys(orgs(c)).sort(), [
    'Lakeport Police Department',
    'Lakeport Teachers Union',
    'Morrow Steel',
  ]);
});

test("a model's, a rating's or a flight's letters and number are no body; a gang's are", () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nAn EF-5 tornado and an EF 5 twister hit. Two UH-60 Black Hawk helicopters, an LC-130 Hercules, ' +
      'UH-60 and CH-47 helicopters and Flight MH-17 flew. MS-13 and Tren de Aragua gangs ran it, FEMA said.\n',
  });
  assert.deepEqual(Object.keys(orgs(c)).sort(), ['FEMA', 'MS-13']);
});

test('acronyms: a company named alone, a table row, words in capitals that are no one', () => {
  const c = corpusOf({
    'a.txt':
      'Strike\n\nSAN JUAN, Puerto Rico — Workers at Morrow Automotive walked out. Morrow said talks would resume.\n' +
      'The shelters ran out of MREs. NOTE: times are in CET.\n',
    'b.txt': 'Funding\n\nThe Office of Relief Logistics (ORL) sent water.\n\nORL $1,000,000\nTOTAL $1,000,000\n',
  });
  const o = orgs(c);
  assert.deepEqual(o['Morrow Automotive'], ['Morrow Automotive', 'Morrow']);
  assert.deepEqual(o['Office of Relief Logistics'], ['Office of Relief Logistics', 'ORL', 'ORL']);
  assert.equal(Object.keys(o).length, 2, JSON.stringify(o));
  // a bare acronym nothing spells out stays a body named by its acronym
  const d = corpusOf({ 'c.txt': 'Quake\n\nThe NDRRMA said 40 people were hurt.\n' });
  assert.deepEqual(orgs(d), { NDRRMA: ['NDRRMA'] });
  assert.equal(core.analyzeText('Quake\n\nThe NDRRMA said 40 people were hurt.\n').organisations.length, 1);
  // a dateline's date, a compass bearing, a press release's contact lines
  const e = corpusOf({
    'e.txt':
      'Statement\n\nDHAKA, APRIL 24 — The quake struck 40 km SSE of the city, 10 km NNW of the port.\nTEL: 880-2-5566\nFAX: 880-2-5567\n',
  });
  assert.deepEqual(orgs(e), {});
});

test('a place inside a body name stays a place; the innermost mention answers at an offset', () => {
  const c = corpusOf({ 'a.txt': 'Flood\n\nThe Comal County Sheriff’s Office said roads were closed.\n' });
  assert.equal(entityAt(c, 'a.txt', 'Sheriff’s Office').name, 'Comal County Sheriff’s Office');
  assert.equal(entityAt(c, 'a.txt', 'Comal').name, 'Comal County');
  assert.equal(entityAt(c, 'a.txt', 'Comal').kind, 'place');
});

test('a name inside an organisation name is the organisation, not a person', () => {
  const c = corpusOf({
    'a.txt':
      'Grants\n\nThe Robert Wood Johnson Foundation gave $2 million. Dana Okafor, a nurse, said it would help.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')), ['Dana Okafor']);
  assert.deepEqual(Object.keys(orgs(c)), ['Robert Wood Johnson Foundation']);
});

test('a body named with where it is ("the National Weather Service in Oxnard") ends before the place', () => {
  const c = corpusOf({
    'a.txt': 'Storm\n\nForecasters at the National Weather Service in Oxnard said rain would return.\n',
  });
  assert.deepEqual(orgs(c), { 'National Weather Service': ['National Weather Service'] });
  assert.equal(entityAt(c, 'a.txt', 'Oxnard').kind, 'place');
});

test('bodies resolve alike whatever order the articles come in', () => {
  const florida =
    'Storm\n\nThe Florida Emergency Management Agency (FEMA) opened shelters. FEMA said 40 people stayed.\n';
  const federal = 'Storm\n\nThe Federal Emergency Management Agency (FEMA) sent teams. FEMA said more would come.\n';
  const bodies = (corpus) =>
    [...corpus.resolution().entities.values()]
      .filter((e) => e.kind === 'organisation')
      .map(
        (e) =>
          `${e.name} (${e.acronym}): ${e.mentions
            .map((m) => `${m.doc} ${m.text}`)
            .sort()
            .join(', ')}`,
      )
      .sort();
  const one = corpusOf({ 'a.txt': florida, 'b.txt': federal });
  const other = corpusOf({ 'a.txt': federal, 'b.txt': florida });
  // the acronym stands for one name either way (each defined once: the first in code-unit order)
  const fema = entityAt(one, 'a.txt', 'FEMA', 2);
  assert.equal(fema.name, 'Federal Emergency Management Agency');
  assert.equal(entityAt(other, 'b.txt', 'FEMA', 2).id, fema.id);
  const swapped = (s) => s.replace(/\b[ab]\.txt/g, (d) => (d === 'a.txt' ? 'b.txt' : 'a.txt'));
  assert.deepEqual(
    bodies(one),
    bodies(other)
      .map((b) => swapped(b).split(': '))
      .map(([n, ms]) => `${n}: ${ms.split(', ').sort().join(', ')}`)
      .sort(),
  );
});

test('an edit to one article’s organisations leaves the corpus as a fresh reading of its texts would', () => {
  const texts = {
    'a.txt': 'Gangs\n\nMS-13 members were arrested, the Coast Guard said. KGS-7 and Evergreen crews helped.\n',
    'b.txt':
      'Gangs\n\nTOTALS FROM KGS-7 AND ICE\n\nThe Coast Guard stopped a boat. ICE agents said MS-13 ran it. ' +
      'Evergreen declined to comment.\n',
    'c.txt': 'Gangs\n\nMS-13 is a gang, ICE Director Dana Okafor said. Agents of ICE were there.\n',
    'd.txt': 'Notes\n\nThe MREs were handed out.\n',
    'e.txt': 'Gangs\n\nMS-13 ran it again.\n',
    'f.txt': 'Gifts\n\nThe Lena Moreau Fund gave money, the National Weather Service said.\n',
    'g.txt': 'Aid\n\nThe DOD said it would help. DOD planes flew on Tuesday.\n',
  };
  const corpus = corpusOf(texts);
  const resolved = (c) => {
    const r = c.resolution();
    const mention = (m) => `${m.doc} ${m.start} ${m.text} ${m.entityId} ${m.weight}`;
    return JSON.stringify({
      entities: [...r.entities.values()].map((e) => ({ ...e, mentions: e.mentions.map(mention) })),
      articles: [...r.byDoc].map(([d, ms]) => [d, ms.map(mention)]),
    });
  };
  const edit = (doc, from, to) => {
    corpus.set(doc, corpus.text(doc).replace(from, to));
    const fresh = corpusOf(Object.fromEntries(corpus.documents().map((d) => [d, corpus.text(d)])));
    assert.equal(resolved(corpus), resolved(fresh), `after "${from}" → "${to}"`);
  };
  edit('a.txt', 'MS-13', 'MS-16'); // a body named here only
  // the line in capitals names KGS-7 only while an article writes it in prose
  edit('a.txt', 'KGS-7', 'KGS-9');
  assert.equal(entityAt(corpus, 'b.txt', 'KGS-7'), undefined);
  edit('a.txt', 'KGS-9', 'KGS-7');
  assert.equal(entityAt(corpus, 'b.txt', 'KGS-7')?.mentions.length, 2);
  edit('a.txt', 'the Coast Guard', 'the U.S. Coast Guard'); // the body's fullest name, for every article
  assert.equal(entityAt(corpus, 'b.txt', 'Coast Guard').name, 'U.S. Coast Guard');
  edit('c.txt', 'of ICE', 'of Immigration and Customs Enforcement (ICE)'); // what ICE stands for
  assert.equal(entityAt(corpus, 'b.txt', 'ICE').name, 'Immigration and Customs Enforcement');
  assert.deepEqual(
    entityAt(corpus, 'b.txt', 'ICE').members.map((m) => m.name),
    ['Dana Okafor'],
  );
  edit('a.txt', 'Evergreen crews', 'Evergreen Power crews'); // a company, named short in b.txt
  assert.equal(entityAt(corpus, 'b.txt', 'Evergreen').name, 'Evergreen Power');
  edit('a.txt', 'MS-16', 'MS-13');
  edit('d.txt', 'MREs', 'MRE'); // the first name in an article that had none (things are no one)
  assert.equal(entityAt(corpus, 'd.txt', 'MRE').name, 'MRE');
  edit('f.txt', 'the National Weather Service said', 'the Weather Service said'); // a body's bounds move
  // a name that leaves a body's name is a person's again, and one that goes into it is the body's
  edit('f.txt', 'The Lena Moreau Fund gave', 'Lena Moreau gave');
  assert.equal(entityAt(corpus, 'f.txt', 'Lena Moreau').kind, 'person');
  edit('f.txt', 'Lena Moreau gave', 'The Lena Moreau Fund gave');
  assert.equal(entityAt(corpus, 'f.txt', 'Lena Moreau').kind, 'organisation');
  // two spellings of one acronym are one body, spelled as the first article to write one spells it
  edit('a.txt', 'Evergreen Power crews helped.', 'Evergreen Power crews helped. The DoD sent trucks.');
  assert.equal(entityAt(corpus, 'g.txt', 'DOD').name, 'DoD');
  edit('a.txt', ' The DoD sent trucks.', '');
  assert.equal(entityAt(corpus, 'g.txt', 'DOD').name, 'DOD');
});

test("a unit is named with its number, and a body's name may say what it does with an event's word", () => {
  const c = corpusOf({
    'a.txt':
      'Rescue\n\nMembers of the 320th Special Tactics Squadron from the 353rd Special Operations Group and of the ' +
      '31st Rescue Squadron from the 18th Wing flew in. The 33rd Rescue Squadron stayed. The Joint Special ' +
      'Operations Command said. The Operation Safe City Task Force ended.\n',
  });
  assert.deepEqual(Object.keys(orgs(c)).sort(), [
    '18th Wing',
    '31st Rescue Squadron',
    '320th Special Tactics Squadron',
    '33rd Rescue Squadron',
    '353rd Special Operations Group',
    'Joint Special Operations Command',
  ]);
});

test('"and" joins what a department is of, and parts a person or a place from the body named after it', () => {
  const c = corpusOf({
    'a.txt':
      'Relief\n\nThe U.S. Department of Health and Human Services declared an emergency. Governor Kala Green and ' +
      'the Island Housing Finance and Development Corporation (IHFDC) opened a program. Administrator Dr. Lori ' +
      'Moore-Merrell and U.S. Small Business Administration staff flew in. The Department of Transportation and ' +
      'the Army Corps of Engineers met. The FBI and the Department of Homeland Security said so. A Marine ' +
      'Safety and Security Team flew in.\n',
    'b.txt': 'Mail\n\nWrite to the FEMA National Processing Service Center, P.O. Box 10055, Hyattsville, MD 20782.\n',
  });
  assert.deepEqual(Object.keys(orgs(c)).sort(), [
    'Army Corps of Engineers',
    'Department of Homeland Security',
    'Department of Transportation',
    'FBI',
    'FEMA',
    'Island Housing Finance and Development Corporation',
    'Marine Safety and Security Team',
    'National Processing Service Center',
    'U.S. Department of Health and Human Services',
    'U.S. Small Business Administration',
  ]);
  assert.equal(entityAt(c, 'a.txt', 'Lori Moore-Merrell').kind, 'person');
  assert.equal(entityAt(c, 'a.txt', 'Kala Green').kind, 'person');
});

test('"and" between two bodies parts them; a place before "and" in a body named after it does not', () => {
  const c = corpusOf({
    'a.txt':
      'Agencies\n\nThe Florida Fish and Wildlife Conservation Commission met. The Ministry of Interior and Ministry ' +
      'of Defense said so, as did the Bureau of Prisons and U.S. Marshals Service. Georgia Power said crews were ' +
      'out.\n',
  });
  assert.deepEqual(Object.keys(orgs(c)).sort(), [
    'Bureau of Prisons',
    'Florida Fish and Wildlife Conservation Commission',
    'Georgia Power',
    'Ministry of Defense',
    'Ministry of Interior',
    'U.S. Marshals Service',
  ]);
  assert.deepEqual(entitiesOf(c, 'person'), {});
});

test("a title and a person's name before a body's name are the person's", () => {
  const c = corpusOf({
    'a.txt':
      'Statement of Commissioner Kevin McAleenan U.S. Customs and Border Protection Joint Press Conference\n\n' +
      'The commissioner spoke about the caravan on Monday.\n',
  });
  assert.deepEqual(entitiesOf(c, 'person'), { 'Kevin McAleenan': ['Kevin McAleenan'] });
  assert.ok(
    Object.keys(entitiesOf(c, 'organisation')).every((name) => name.startsWith('U.S. Customs')),
    JSON.stringify(entitiesOf(c, 'organisation')),
  );
});

/** A reviewer's decision about two mentions, each [article, text] as `texts` first writes it. */
const decided = (c, texts, decision, ...named) =>
  new core.Decisions(
    [],
    [{ decision, mentions: named.map(([d, t]) => c.mentionFingerprint(d, texts[d].indexOf(t), t)) }],
  );

/** The members of the body a mention names, as "name: role", as the reviewer's decisions have them. */
const membersAt = (c, doc, text) => c.members(entityAt(c, doc, text)).map((m) => `${m.name}: ${m.role}`);

const links = { label: (d) => d, href: () => undefined };

test("a body's members name people as the reviewer's decisions have them, in the editor and once finished", () => {
  const texts = {
    'a.txt': 'Boats\n\nThe boat was stopped on Monday, the Coast Guard said.\n',
    'b.txt': 'Arrests\n\nCoast Guard Commander Tomas Reyes said on Monday the crew was held.\n',
    'c.txt': 'Crews\n\nCoast Guard Lt. Ana Ruiz said the crew was held on Monday. Ana Ruiz spoke.\n',
    'd.txt': 'Crews\n\nCoast Guard Lt. Tomas Reyes said the crew was held.\n',
  };
  for (const finished of [false, true]) {
    const c = corpusOf(texts);
    const members = () => membersAt(c, 'a.txt', 'Coast Guard');
    assert.deepEqual(members(), [
      'Tomas Reyes: Coast Guard Commander',
      'Tomas Reyes: Coast Guard Lt.',
      'Ana Ruiz: Coast Guard Lt.',
    ]);
    // Tomas Reyes and Ana Ruiz are one person: one member, under each of their roles once
    c.setDecisions(decided(c, texts, 'same', ['b.txt', 'Tomas Reyes'], ['c.txt', 'Ana Ruiz']));
    if (finished) c.finish();
    const body = entityAt(c, 'a.txt', 'Coast Guard');
    const person = entityAt(c, 'b.txt', 'Tomas Reyes');
    assert.equal(person, entityAt(c, 'c.txt', 'Ana Ruiz'));
    assert.deepEqual(members(), [`${person.name}: Coast Guard Commander`, `${person.name}: Coast Guard Lt.`]);
    assert.ok(c.members(body).every((m) => m.entityId === person.id));
    const card = core.entityCardMarkdown(c, body.id, links);
    assert.match(card, new RegExp(`- ${person.name} — Coast Guard Lt\\.\\n`));
    assert.equal(card.split(' — Coast Guard Lt.').length, 2, card);
  }
});

test('a surname a reviewer split from a full name takes the roles it is written with, and its memberships', () => {
  const texts = {
    'a.txt': 'Boats\n\nThe boat was stopped on Monday, the Coast Guard said.\n',
    'b.txt': 'Arrests\n\nAna Ruiz, a lawyer, said on Monday the crew was held.\n',
    'c.txt': 'Crews\n\nCoast Guard Lt. Ruiz said the crew was held on Monday.\n',
  };
  for (const finished of [false, true]) {
    const c = corpusOf(texts);
    const roles = (doc, text) => entityAt(c, doc, text).roles.map((r) => `${r.role}: ${r.doc}`);
    const members = () => membersAt(c, 'a.txt', 'Coast Guard');
    // (the surname alone is read as the full name, and the lieutenant's role as Ana Ruiz's)
    assert.equal(entityAt(c, 'c.txt', 'Ruiz'), entityAt(c, 'b.txt', 'Ana Ruiz'));
    assert.deepEqual(members(), ['Ana Ruiz: Coast Guard Lt.']);
    c.setDecisions(decided(c, texts, 'different', ['c.txt', 'Ruiz'], ['b.txt', 'Ana Ruiz']));
    if (finished) c.finish();
    const ruiz = entityAt(c, 'c.txt', 'Ruiz');
    assert.notEqual(ruiz, entityAt(c, 'b.txt', 'Ana Ruiz'));
    assert.deepEqual(roles('b.txt', 'Ana Ruiz'), ['lawyer: b.txt']);
    assert.deepEqual(entityAt(c, 'b.txt', 'Ana Ruiz').aliases, ['Ana Ruiz']);
    assert.deepEqual(roles('c.txt', 'Ruiz'), ['Coast Guard Lt.: c.txt']);
    assert.deepEqual(members(), ['Ruiz: Coast Guard Lt.']);
    assert.equal(c.members(entityAt(c, 'a.txt', 'Coast Guard'))[0].entityId, ruiz.id);
    const card = core.entityCardMarkdown(c, entityAt(c, 'b.txt', 'Ana Ruiz').id, links);
    assert.doesNotMatch(card, /Coast Guard/);
    if (finished) continue;
    // edits of names under the decision (each resolved with it undone, then applied again) as a fresh reading: a
    // person named, then the body renamed (its members found again among the people's roles, the decision undone)
    c.set('b.txt', `${texts['b.txt']}Tom Hale, a judge, spoke on Tuesday.\n`);
    c.takeTouched();
    c.set('a.txt', texts['a.txt'].replace('the Coast Guard', 'the U.S. Coast Guard'));
    c.takeTouched();
    const fresh = new core.Corpus();
    fresh.setDecisions(c.decisions);
    for (const d of c.documents()) fresh.set(d, c.text(d));
    const said = (x) => [...x.resolution().entities.values()].map((e) => [e.id, e.aliases, e.roles, x.members(e)]);
    assert.deepEqual(said(c), said(fresh));
    assert.deepEqual(members(), ['Ruiz: Coast Guard Lt.']);
    // the decision undone: as before
    c.setDecisions(new core.Decisions([], []));
    assert.equal(entityAt(c, 'c.txt', 'Ruiz'), entityAt(c, 'b.txt', 'Ana Ruiz'));
    assert.deepEqual(roles('b.txt', 'Ana Ruiz'), ['lawyer: b.txt', 'Coast Guard Lt.: c.txt']);
    assert.deepEqual(members(), ['Ana Ruiz: Coast Guard Lt.']);
  }
});

test('a member joined into another person, then split out of them, holds its role as the split', () => {
  const texts = {
    'a.txt': 'Boats\n\nThe boat was stopped on Monday, the Coast Guard said.\n',
    'b.txt': 'Arrests\n\nAna Ruiz, a lawyer, said on Monday the crew was held. Ruiz said more.\n',
    'c.txt': 'Crews\n\nCoast Guard Lt. Bo Diaz said the crew was held on Monday.\n',
  };
  for (const finished of [false, true]) {
    const c = corpusOf(texts);
    assert.deepEqual(membersAt(c, 'a.txt', 'Coast Guard'), ['Bo Diaz: Coast Guard Lt.']);
    const both = [
      ['c.txt', 'Bo Diaz'],
      ['b.txt', 'Ana Ruiz'],
    ];
    const names = (decision) => decided(c, texts, decision, ...both).names;
    c.setDecisions(new core.Decisions([], [...names('same'), ...names('different')]));
    if (finished) c.finish();
    const diaz = entityAt(c, 'c.txt', 'Bo Diaz');
    assert.notEqual(diaz, entityAt(c, 'b.txt', 'Ana Ruiz'));
    assert.deepEqual(membersAt(c, 'a.txt', 'Coast Guard'), [`${diaz.name}: Coast Guard Lt.`]);
    assert.equal(c.members(entityAt(c, 'a.txt', 'Coast Guard'))[0].entityId, diaz.id);
  }
});

test('members joined along a chain of decisions are the last person joined into, each role once', () => {
  const texts = {
    'a.txt': 'Boats\n\nThe boat was stopped on Monday, the Coast Guard said.\n',
    'b.txt': 'Crews\n\nCoast Guard Lt. Ana Ruiz said the crew was held.\n',
    'c.txt': 'Crews\n\nCoast Guard Commander Bo Diaz said the crew was held. Bo Diaz spoke.\n',
    'd.txt': 'Crews\n\nCoast Guard Capt. Cy Vance said the crew was held. Cy Vance spoke. Cy Vance left.\n',
  };
  for (const finished of [false, true]) {
    const c = corpusOf(texts);
    const names = (...pair) => decided(c, texts, 'same', ...pair).names;
    const ruiz = ['b.txt', 'Ana Ruiz'],
      diaz = ['c.txt', 'Bo Diaz'],
      vance = ['d.txt', 'Cy Vance'];
    c.setDecisions(new core.Decisions([], [...names(ruiz, diaz), ...names(diaz, vance)]));
    if (finished) c.finish();
    const person = entityAt(c, 'd.txt', 'Cy Vance');
    assert.equal(entityAt(c, 'b.txt', 'Ana Ruiz'), person);
    const members = c.members(entityAt(c, 'a.txt', 'Coast Guard'));
    assert.deepEqual(
      members.map((m) => m.role),
      ['Coast Guard Lt.', 'Coast Guard Commander', 'Coast Guard Capt.'],
    );
    assert.ok(members.every((m) => m.entityId === person.id && m.name === person.name));
  }
});
