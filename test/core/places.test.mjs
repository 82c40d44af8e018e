// Places: aliases, abbreviations, ambiguity. Invented sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, entitiesOf, entityAt, figureAt } from './helpers.mjs';

test('city aliases and nicknames resolve to one place across articles', () => {
  const c = corpusOf({
    'a.txt': 'Rents in New York City rose again. NYC landlords blamed taxes.',
    'b.txt': 'Tourists flocked to the Big Apple. In Philly, protests grew; Philadelphia police watched.',
    'c.txt':
      'The LA mayor and the Los Angeles council met. A Boston, MA, firm and a Springfield, Mass., agency joined.',
  });
  assert.equal(entityAt(c, 'b.txt', 'Big Apple').name, 'New York City');
  assert.equal(entityAt(c, 'a.txt', 'NYC').name, 'New York City');
  assert.equal(entityAt(c, 'b.txt', 'Philly').name, 'Philadelphia');
  assert.equal(entityAt(c, 'c.txt', 'LA').name, 'Los Angeles');
  assert.equal(entityAt(c, 'c.txt', 'MA').name, 'Massachusetts');
  assert.equal(entityAt(c, 'c.txt', 'Mass.').name, 'Massachusetts');
  assert.equal(entityAt(c, 'c.txt', 'Springfield').description, 'city in Massachusetts, United States');
});

test('the country under all its names', () => {
  const c = corpusOf({ 'u.txt': 'The US, the U.S. and the USA are one. America and the United States agree.' });
  const us = entitiesOf(c, 'place')['United States'];
  assert.deepEqual(us.sort(), ['America', 'U.S.', 'US', 'USA', 'United States'].sort());
});

test('New York is the city unless the text says state', () => {
  const c = corpusOf({
    'n.txt':
      'The mayors of New York and Chicago spoke. Inmates are held across New York state. The Mayor of New York agreed.',
  });
  assert.equal(entityAt(c, 'n.txt', 'New York').name, 'New York City');
  assert.equal(entityAt(c, 'n.txt', 'New York', 2).name, 'New York');
  assert.equal(entityAt(c, 'n.txt', 'New York', 2).placeKind, 'state');
  assert.equal(entityAt(c, 'n.txt', 'New York', 3).name, 'New York City');
});

test('the most populous place wins unless a state is named beside it', () => {
  const c = corpusOf({ 'x.txt': 'Arrests were made in Newark and Buffalo. A second Newark, Delaware, raid followed.' });
  assert.equal(entityAt(c, 'x.txt', 'Newark').description, 'city in New Jersey, United States');
  assert.equal(entityAt(c, 'x.txt', 'Buffalo').description, 'city in New York, United States');
  assert.equal(entityAt(c, 'x.txt', 'Newark', 2).description, 'city in Delaware, United States');
});

test('small towns count when their state is named', () => {
  const c = corpusOf({ 't.txt': 'The shooting in Uvalde, Texas, shocked the nation.' });
  assert.equal(entityAt(c, 't.txt', 'Uvalde')?.name, 'Uvalde');
});

test('boroughs and counties are places', () => {
  const c = corpusOf({ 'b.txt': 'Raids in the Bronx and in Harris County drew protests.' });
  assert.equal(entityAt(c, 'b.txt', 'Bronx').placeKind, 'district');
  assert.match(entityAt(c, 'b.txt', 'Bronx').description, /New York City/);
  assert.equal(entityAt(c, 'b.txt', 'Harris County').placeKind, 'county');
});

test('areas named in a list before their plural kind are places of that kind', () => {
  const c = corpusOf({
    'l.txt':
      'Homes were lost in Tarvin, Oskoe, and Bellmere districts. Flooding hit Harris and Fort Bend counties.\n' +
      'Later, 40 more deaths were reported in Oskoe. Aid reached Sendai and Narumo prefectures. ' +
      'Teams went to the Central and Western regions, and Wendt, Ames and Kell spoke. ' +
      'Rain fell on East Tarvo and Kelso provinces.\n' +
      'Dickson, Houston and Humphreys counties flooded, as did New Jersey and Connecticut counties.\n' +
      'In Orleans, Tarrow and Bexley parishes opened shelters. Catholic and Anglican parishes held vigils.\n',
  });
  assert.equal(entityAt(c, 'l.txt', 'Tarvin').name, 'Tarvin District');
  assert.equal(entityAt(c, 'l.txt', 'Tarvin').placeKind, 'county');
  assert.equal(entityAt(c, 'l.txt', 'Bellmere').name, 'Bellmere District');
  assert.equal(entityAt(c, 'l.txt', 'Fort Bend').name, 'Fort Bend County');
  // the bare name once the article has named the area
  assert.equal(entityAt(c, 'l.txt', 'Oskoe', 2).name, 'Oskoe District');
  // a name a city list knows keeps its place
  const sendai = entityAt(corpusOf({ 's.txt': 'In Sendai, rain.' }), 's.txt', 'Sendai');
  assert.equal(entityAt(c, 'l.txt', 'Sendai').description, sendai.description);
  assert.equal(entityAt(c, 'l.txt', 'Narumo')?.name, 'Narumo Prefecture');
  // no plural area word after it, or compass words: not such a list
  assert.equal(entityAt(c, 'l.txt', 'Central'), undefined);
  assert.equal(entityAt(c, 'l.txt', 'East Tarvo')?.name, 'East Tarvo Province');
  // in a list of counties a town's name is a county's; a state's is the state's
  assert.equal(entityAt(c, 'l.txt', 'Houston')?.name, 'Houston County');
  assert.equal(entityAt(c, 'l.txt', 'Connecticut')?.placeKind, 'state');
  // a name that opens the sentence before a list of two is not the list's; faiths name no area
  assert.equal(entityAt(c, 'l.txt', 'Tarrow')?.name, 'Tarrow Parish');
  assert.notEqual(entityAt(c, 'l.txt', 'Orleans')?.name, 'Orleans Parish');
  assert.equal(entityAt(c, 'l.txt', 'Catholic'), undefined);
  assert.notEqual(entityAt(c, 'l.txt', 'Ames')?.kind, 'place');
});

test('organisations, operations, look-alikes and shouting are not places', () => {
  const c = corpusOf({
    'o.txt': `ORGANIZATIONS IN THIS STORY
The Los Angeles Times and the University of California reported on the “Safe City” operation and the State Department.
An MS-13 member was held. Critics decried lax enforcement. Ms Rivera, an MD, spoke in person.
`,
  });
  assert.deepEqual(entitiesOf(c, 'place'), {});
});

test('a person named like a place stays a person', () => {
  const c = corpusOf({ 'p.txt': 'Austin Harris, a teacher, met Governor Georgia Lee in Austin.' });
  const people = entitiesOf(c, 'person');
  assert.ok(people['Austin Harris'] && people['Georgia Lee'], Object.keys(people).join(', '));
  assert.deepEqual(entitiesOf(c, 'place'), { Austin: ['Austin'] });
});

test("a storm's name and a plural of states are not the towns and the country named alike", () => {
  const c = corpusOf({
    'h.txt': `Agencies Continue to Support States Affected by Storm

Hurricane Sandy and Tropical Storm Debby hit West Virginia. Snow fell in Hurricane, West Virginia. Gulf States
braced. He flew back to the States on Monday.
`,
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    Hurricane: ['Hurricane'],
    'United States': ['States'],
    'West Virginia': ['West Virginia', 'West Virginia'],
  });
});

test('a country goes by its everyday name, and a country that reports something is no one', () => {
  const c = corpusOf({
    's.txt': 'Syria reported 1,444 deaths. Laos and Moldova sent aid, and the Syrian Arab Republic thanked them.\n',
  });
  assert.deepEqual(entitiesOf(c, 'person'), {});
  assert.deepEqual(entitiesOf(c, 'place'), {
    Laos: ['Laos'],
    Moldova: ['Moldova'],
    Syria: ['Syria', 'Syrian Arab Republic'],
  });
});

test("a natural feature's word is not a place named so", () => {
  const c = corpusOf({
    'v.txt':
      'Some 2 million people fled the Swat Valley. The Valley is the capital of Anguilla. In Canyon, Texas, ' +
      'the fire destroyed 12 homes.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    Anguilla: ['Anguilla'],
    Canyon: ['Canyon'],
    Texas: ['Texas'],
    'The Valley': ['The Valley'],
  });
});

test('areas listed after their plural kind and "of" are places of that kind', () => {
  const c = corpusOf({
    'k.txt':
      'Aid reached the counties of Jasper and Newton. Rain hit the provinces of Sindh, Punjab and Khyber ' +
      'Pakhtunkhwa. Districts of Gorkha or Dhading lost power. Officials of Harris and Lee met. Aid reached the ' +
      'counties of Cedar and Dade Tuesday, the provinces of Bolu and Kars Chief Minister Ali Demir said.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'Bolu Province',
    'Cedar County',
    'Dade County',
    'Dhading District',
    'Gorkha District',
    'Jasper County',
    'Kars Province',
    'Khyber Pakhtunkhwa Province',
    'Newton County',
    'Punjab Province',
    // (the region of that name: only Pakistan has one, where two countries have a Punjab)
    'Sindh',
  ]);
});

test('a town abroad is found under its spelling in plain letters', () => {
  const c = corpusOf({ 't.txt': 'The quake shook Elazig and Adiyaman in Turkey, and Lodz in Poland felt nothing.\n' });
  assert.deepEqual(entitiesOf(c, 'place'), {
    Adıyaman: ['Adiyaman'],
    Elazığ: ['Elazig'],
    Poland: ['Poland'],
    Türkiye: ['Turkey'],
    Łódź: ['Lodz'],
  });
});

test('a city abroad goes by its short name where it names nothing else', () => {
  const c = corpusOf({
    'j.txt': 'Students from Ansan sailed to Jeju in South Korea. Aid reached Cebu. Mexico sent help to Mexico City.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    'Ansan-si': ['Ansan'],
    'Cebu City': ['Cebu'],
    'Jeju City': ['Jeju'],
    Mexico: ['Mexico'],
    'Mexico City': ['Mexico City'],
    'South Korea': ['South Korea'],
  });
});

test("a country's provinces and regions are places where the article names the country", () => {
  const c = corpusOf({
    'p.txt':
      'Floods in Pakistan swept Punjab and Sindh. In Punjab province, 1,000 people died. Aid reached ' +
      'Gilgit-Baltistan.\n',
    'i.txt': 'Rain in India hit Punjab and Assam, and Central officials met.\n',
    'n.txt': 'Officials in Punjab said 12 schools shut. Sindh was calm.\n',
  });
  // "Punjab province" and "Punjab" are one region; India's Punjab is another; "Central" is no region's name
  const places = [...c.resolution().entities.values()]
    .filter((e) => e.kind === 'place')
    .map((e) => `${e.name} (${e.description}): ${e.mentions.map((m) => `${m.doc} ${m.text}`).join(', ')}`);
  assert.deepEqual(places.sort(), [
    'Assam (province or region of India): i.txt Assam',
    'Gilgit-Baltistan (province or region of Pakistan): p.txt Gilgit-Baltistan',
    'India (country): i.txt India',
    'Pakistan (country): p.txt Pakistan',
    'Punjab (province or region of India): i.txt Punjab',
    'Punjab (province or region of Pakistan): p.txt Punjab, p.txt Punjab province',
    'Sindh (province or region of Pakistan): p.txt Sindh',
  ]);
});

test("a region is meant over a city abroad of its name where the article names the region's country only", () => {
  const c = corpusOf({
    'au.txt': 'Bushfires in Australia burned homes in Victoria and New South Wales.\n',
    'ca.txt': 'Floods in Canada hit Ontario on Monday.\n',
    'us.txt': 'In Ontario, California, 12 homes burned. Canada sent help.\n',
    'sc.txt': 'Officials in Victoria said the Seychelles would ask Australia for help.\n',
  });
  const where = (doc, text) => entityAt(c, doc, text).description;
  assert.equal(where('au.txt', 'Victoria'), 'province or region of Australia');
  assert.equal(where('au.txt', 'New South Wales'), 'province or region of Australia');
  assert.equal(where('ca.txt', 'Ontario'), 'province or region of Canada');
  assert.equal(where('us.txt', 'Ontario'), 'city in California, United States');
  assert.equal(where('sc.txt', 'Victoria'), 'city in Seychelles');
});

test('an island named with its kind is a place, and so is its bare name in that article where a place goes', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nThe storm hit the Bahamas’ Abaco and Grand Bahama islands on Monday. Floods struck homes in ' +
      'Abaco and Grand Bahama on Tuesday, and Wilma Stone said an Abaco clinic closed. Boats reached Long Island.\n',
    'b.txt':
      'Quake\n\nThe quake struck the Indonesian island of Lombok and Sulawesi Island. Rhode Island sent aid, ' +
      'and so did Jeju Island in South Korea. In Sulawesi, roads closed.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'Abaco Island',
    'Bahamas',
    'Grand Bahama Island',
    'Lombok Island',
    'Long Island',
    'Rhode Island',
    'South Korea',
    'Sulawesi Island',
  ]);
  assert.deepEqual(entitiesOf(c, 'place')['Grand Bahama Island'], ['Grand Bahama', 'Grand Bahama']);
  // (an island's one word counts bare only where a place goes: "in Abaco", not "an Abaco clinic")
  assert.deepEqual(entitiesOf(c, 'place')['Abaco Island'], ['Abaco', 'Abaco']);
  assert.deepEqual(entitiesOf(c, 'place')['Sulawesi Island'], ['Sulawesi Island', 'Sulawesi']);
});

test('a name read as a person is the area an article names it as elsewhere', () => {
  const c = corpusOf({
    'a.txt':
      'Recovery\n\nAl Haouz, Morocco – A year after the quake, aid goes on. During a trip to Al Haouz province, ' +
      'the ambassador met teachers. “I am glad to be here in Al Haouz,” he said.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place')['Al Haouz Province'], ['Al Haouz', 'Al Haouz province', 'Al Haouz']);
  assert.deepEqual(entitiesOf(c, 'person'), {});
});

test('islands: a country named with "Islands" stays whole; "island" after another word, or in a headline, names none', () => {
  const c = corpusOf({
    'a.txt':
      'Storm Slams Island\n\nThe storm passed the Turks and Caicos Islands on Sunday. On Monday island officials ' +
      'met, and Maui island residents fled. Protesters gathered on Theodore Roosevelt Island. Theodore Roosevelt ' +
      'was a conservationist.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'Theodore Roosevelt Island',
    'Turks and Caicos Islands',
  ]);
  assert.deepEqual(entitiesOf(c, 'person'), { 'Theodore Roosevelt': ['Theodore Roosevelt'] });
});

test('a place no gazetteer holds, named by its kind, is a place, and so is its name bare in that article', () => {
  const c = corpusOf({
    'a.txt':
      'Floods\n\nThe river swept through the village of Tombe Gateau and the town of Vellaroz on Monday. Aid ' +
      'reached Tombe Gateau on Tuesday, and trucks went to Vellaroz. Rescuers in Quiluan city counted homes. ' +
      'A ferry sank near the island of Kelantu; survivors were taken to Kelantu.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    'Tombe Gateau': ['Tombe Gateau', 'Tombe Gateau'],
    Vellaroz: ['Vellaroz', 'Vellaroz'],
    Quiluan: ['Quiluan'],
    'Kelantu Island': ['Kelantu', 'Kelantu'],
  });
  assert.equal(entityAt(c, 'a.txt', 'Vellaroz').description, 'city, town or village');
});

test('a place one article names with its kind is that place where another names it bare, as its article would', () => {
  const c = corpusOf({
    'a.txt':
      'Floods\n\nA ferry sank near the island of Kelantu on Monday. The river swept through the town of ' +
      'Vellaroz and the village of Tombe Gateau.\n',
    'b.txt':
      'Aid\n\nSurvivors were taken to Kelantu on Tuesday, and trucks went to the people of Vellaroz. Tombe Gateau ' +
      'has no water. A Kelantu crew helped. Tents reached Vellaroz.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    'Kelantu Island': ['Kelantu', 'Kelantu'],
    Vellaroz: ['Vellaroz', 'Vellaroz'],
    'Tombe Gateau': ['Tombe Gateau', 'Tombe Gateau'],
  });
  assert.equal(entityAt(c, 'b.txt', 'Kelantu').name, 'Kelantu Island');
  // (an island's or a town's one word only where a place goes: not "a Kelantu crew", not "reached Vellaroz")
  assert.equal(entityAt(c, 'b.txt', 'Kelantu', 2)?.kind === 'place', false);
  assert.equal(entityAt(c, 'b.txt', 'Vellaroz', 2)?.kind === 'place', false);
});

test('a kind of place after a people, an adjective or a longer name names no place of its own', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nThe Mexican city of Tijuana braced. In the Midwestern town, the Olympic village and the Amish ' +
      'village closed. The Gulf Coast city of Houston flooded, and Inner city schools shut. The City of Joplin ' +
      'said the Ohio town was spared.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), ['Houston', 'Ohio', 'Tijuana']);
});

test('a town of a state the article names is that town, not a smaller city of its name elsewhere', () => {
  const c = corpusOf({
    'a.txt': 'Fire\n\nThe fire reached Butte County, California, on Thursday. In Paradise, homes burned.\n',
    'b.txt': 'Casinos\n\nIn Paradise, casinos reopened on Friday.\n',
    'c.txt': 'Raids\n\nAgents in New York made arrests on Monday. In Boston, others were held.\n',
  });
  const where = (doc, name) => entityAt(c, doc, name).description;
  assert.equal(where('a.txt', 'Paradise'), 'city in California, United States');
  assert.equal(where('b.txt', 'Paradise'), 'city in Nevada, United States');
  // (a city of a few hundred thousand is itself wherever the article is: Boston, New York's a small town)
  assert.equal(where('c.txt', 'Boston'), 'city in Massachusetts, United States');
});

test("a compass word before a country's name names a town; a place's name before one names a company", () => {
  const c = corpusOf({
    'a.txt':
      'East Palestine Train Derailment Response\n\nThe train derailed in East Palestine, Ohio. Norfolk Southern ' +
      'will pay, and Union Pacific crews helped. South Korea and East Timor sent condolences.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place'), {
    'East Palestine': ['East Palestine', 'East Palestine'],
    Ohio: ['Ohio'],
    'South Korea': ['South Korea'],
    'Timor-Leste': ['East Timor'],
  });
});

test('a dateline in capitals names its places; a banner in capitals names none', () => {
  const c = corpusOf({
    'a.txt': 'Relief Flights\n\nSANTIAGO, CHILE\n\nTwo aircraft arrived with supplies on Saturday.\n',
    'b.txt': 'Guardsman Helps\n\nPARADISE, CALIFORNIA, UNITED STATES\n\nThe guardsman helped his town.\n',
    'c.txt': 'Refugees\n\nDATELINE: PRZEMYSL, POLAND\n\nRefugees arrived by train on Monday.\n',
    'd.txt': 'Notes\n\nWASHINGTON TEAM REPORTS\n\nThe team filed its notes on Monday.\n',
  });
  const where = (doc) => (c.resolution().byDoc.get(doc) ?? []).map((m) => `${m.text} ${m.entityId}`);
  assert.deepEqual(where('a.txt'), ['SANTIAGO place:city:CL-Santiago', 'CHILE place:country:CL']);
  assert.deepEqual(where('b.txt'), [
    'PARADISE place:city:US-CA-Paradise',
    'CALIFORNIA place:state:US-CA',
    'UNITED STATES place:country:US',
  ]);
  assert.deepEqual(where('c.txt'), ['PRZEMYSL place:city:PL-80-Przemyśl', 'POLAND place:country:PL']);
  assert.deepEqual(where('d.txt'), []);
});

test("from the review: a kind's word after a people, a person or a name's day; a compass word before a country abroad", () => {
  const c = corpusOf({
    'a.txt':
      'Shelling\n\nRussian forces in Ukraine shelled the city of Kherson Friday. Soldiers burned a Rohingya village, and ' +
      'about 3,000 people attended a Trump town hall in Iowa.\n',
    'b.txt': 'Tensions\n\nShips sailed the South China Sea on Monday, and China protested.\n',
    'c.txt': 'Flights\n\nUnited canceled 300 flights at Newark on Monday, snarling travel across the New York area.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'China',
    'Iowa',
    'Kherson',
    'New York City',
    'Newark',
    'South China Sea',
    'Ukraine',
  ]);
  assert.equal(entityAt(c, 'c.txt', 'Newark').description, 'city in New Jersey, United States');
  // (a sea named after a country is a place of its own, not the country)
  assert.deepEqual(entitiesOf(c, 'place').China, ['China']);
});

test('a name after "the town of" may open with "New" or "Old"', () => {
  const c = corpusOf({
    'a.txt': 'Floods\n\nThe river swept the town of New Hopewell and the village of Old Marston on Monday.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), ['New Hopewell', 'Old Marston']);
});

test('a name with a particle in lower case in a list of districts ("Jabal al Akhdar") is one of them', () => {
  const c = corpusOf({
    'a.txt': 'Floods\n\nRain flooded Qaryat, Wadi Sour, Jabal al Ruwaq, Timsah, and Al Ouda districts on Monday.\n',
  });
  const places = Object.keys(entitiesOf(c, 'place')).sort();
  for (const name of ['Qaryat', 'Wadi Sour', 'Jabal al Ruwaq', 'Timsah', 'Al Ouda'])
    assert.ok(
      places.some((p) => p.startsWith(name)),
      `${name} missing from ${places.join(', ')}`,
    );
  assert.ok(!places.some((p) => p.startsWith('Ruwaq')), places.join(', '));
});

test('a state after its city and a comma is the state, and so where the article names it again; a month is no town', () => {
  const c = corpusOf({
    'a.txt':
      'Protests\n\nPolice arrested 21 protesters in Atlanta, Georgia. Georgia Gov. Brian Kemp spoke, and across ' +
      'Georgia vigils were held. The August shooting shocked California. Posted Friday, March 6, 2026\n',
    'b.txt': 'Protests\n\nIn Tbilisi, Georgia, crowds gathered. Russia invaded Georgia in 2008.\n',
  });
  const places = Object.keys(entitiesOf(c, 'place')).sort();
  assert.deepEqual(places, ['Atlanta', 'California', 'Georgia', 'Russia', 'Tbilisi']);
  for (const nth of [1, 2, 3]) assert.equal(entityAt(c, 'a.txt', 'Georgia', nth).id, 'place:state:US-GA');
  for (const nth of [1, 2]) assert.equal(entityAt(c, 'b.txt', 'Georgia', nth).id, 'place:country:GE');
});

test('a place before a company’s word in a disaster’s name, and before a headline’s verb, is the place', () => {
  const c = corpusOf({
    'a.txt': 'More Deaths Expected in Canada Oil Train Explosion\n\nThe train exploded on Saturday.\n',
    'b.txt':
      'China Opens New Hospital, Nations Impose Travel Bans\n\nThe hospital opened. He works for Canada Oil Company.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Canada').id, 'place:country:CA');
  assert.equal(entityAt(c, 'b.txt', 'China').id, 'place:country:CN');
  assert.notEqual(entityAt(c, 'b.txt', 'Canada')?.kind, 'place');
  assert.ok(!Object.keys(entitiesOf(c, 'organisation')).some((n) => n.includes('Opens')));
});

test('"Puebla state", "Mexico state": a state abroad named like its capital or its country is a place of its own', () => {
  const c = corpusOf({
    'a.txt':
      'Quake\n\nThe dead included 12 in Mexico state, 43 in Puebla state and 71 in Morelos state. In Puebla, a ' +
      'church fell. Texas state troopers came, and officials of the U.S. state of Florida.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Mexico state').id, 'place:county:Mexico State');
  assert.equal(entityAt(c, 'a.txt', 'Puebla state').id, 'place:county:Puebla State');
  assert.equal(entityAt(c, 'a.txt', 'Morelos state').id, 'place:region:MX-Morelos');
  assert.equal(entityAt(c, 'a.txt', 'Puebla', 2).id, 'place:city:MX-Puebla');
  assert.equal(entityAt(c, 'a.txt', 'Texas').id, 'place:state:US-TX');
  assert.equal(entityAt(c, 'a.txt', 'Florida').id, 'place:state:US-FL');
  assert.equal(figureAt(c, 'a.txt', '12').placeId, 'county:Mexico State');
});

test('from the review: a body named in a headline before its verb, and a place before a disaster and a verb', () => {
  const c = corpusOf({
    'a.txt': 'Bank of America Faces Lawsuit\n\nThe bank said it would fight the suit in Charlotte.\n',
    'b.txt': 'Canada Oil Train Explosion Kills 5\n\nThe train derailed on Saturday.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Bank of America').kind, 'organisation');
  assert.notEqual(entityAt(c, 'a.txt', 'America')?.kind, 'place');
  assert.equal(entityAt(c, 'b.txt', 'Canada').id, 'place:country:CA');
});

test('continents and the world’s regions are places, wider than any country', () => {
  const c = corpusOf({
    'a.txt':
      'Migrants\n\nThey sought a better life in Europe. Lampedusa is closer to Africa than to Italy. Aid went to ' +
      'South Africa and West Africa, and across the Middle East.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Europe').id, 'place:continent:Europe');
  assert.equal(entityAt(c, 'a.txt', 'Africa').id, 'place:continent:Africa');
  assert.equal(entityAt(c, 'a.txt', 'South Africa').id, 'place:country:ZA');
  assert.equal(entityAt(c, 'a.txt', 'West Africa').id, 'place:continent:West_Africa');
  assert.equal(entityAt(c, 'a.txt', 'Middle East').description, 'continent or world region');
});

test('England, Scotland, Wales; a city of the country named after it; a city abroad where no US place is named', () => {
  const c = corpusOf({
    'a.txt': 'Attack\n\nPeople were killed outside a venue in Manchester, England. Scotland and Wales held vigils.\n',
    'b.txt':
      'Attack\n\nPolice in Manchester said 22 people died. Prime Minister Theresa May spoke in London, and ' +
      'Britain mourned.\n',
    'c.txt': 'Storm\n\nA storm hit Manchester, and officials in Concord, New Hampshire, spoke.\n',
    'd.txt': 'Dateline\n\nWASHINGTON, UNITED STATES\n\nTroops arrived on Monday.\n',
    'e.txt': 'Concert\n\nShe will return to Manchester, England. The U.S. singer left Manchester on Monday.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Manchester').id, 'place:city:GB-ENG-Manchester');
  assert.equal(entityAt(c, 'a.txt', 'England').id, 'place:country:GB-ENG');
  assert.equal(entityAt(c, 'a.txt', 'Wales').id, 'place:country:GB-WLS');
  assert.equal(entityAt(c, 'b.txt', 'Manchester').id, 'place:city:GB-ENG-Manchester');
  assert.equal(entityAt(c, 'c.txt', 'Manchester').id, 'place:city:US-NH-Manchester');
  assert.equal(entityAt(c, 'd.txt', 'WASHINGTON').id, 'place:city:US-DC-Washington');
  // (the place an article qualified once, wherever it names it bare)
  assert.equal(entityAt(c, 'e.txt', 'Manchester', 2).id, 'place:city:GB-ENG-Manchester');
});

test('from the second review: states, nations and namesakes as wires write them', () => {
  const c = corpusOf({
    'a.txt': 'Strike\n\nRussian state media reported the strike. Leaders backed a Palestinian state.\n',
    'b.txt': 'Snow\n\nSnow fell across New England on Monday. Floods hit Virginia, United States, on Tuesday.\n',
    'c.txt': 'Crime\n\nToledo police said the victim had moved from Spain in 2019.\n',
    'd.txt': 'Clashes\n\nTRIPOLI, Lebanon — Clashes in Tripoli killed 6 people on Monday.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Russian'), undefined);
  assert.equal(entityAt(c, 'b.txt', 'New England').id, 'place:continent:New_England');
  assert.equal(entityAt(c, 'b.txt', 'Virginia').id, 'place:state:US-VA');
  assert.equal(entityAt(c, 'c.txt', 'Toledo').id, 'place:city:US-OH-Toledo');
  assert.equal(entityAt(c, 'd.txt', 'TRIPOLI').id, entityAt(c, 'd.txt', 'Tripoli').id);
  assert.match(entityAt(c, 'd.txt', 'Tripoli').description, /Lebanon/);
});

test('areas listed after a colon that ends their plural kind’s clause are places of that kind', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\n16 counties were designated for federal assistance: Barren, Caldwell, Graves, Ohio, Warren\n\nThe ' +
      'storm hit three counties on Monday: crews worked in Ohio and Indiana.\n\nThree more counties were added: ' +
      'Broward, Miami-Dade, Monroe\n\nOfficials from three counties spoke: Judge-Executive Tom Smith, Sheriff Mary ' +
      'Jones and Mayor Bill Adams.\n',
  });
  const places = entitiesOf(c, 'place');
  assert.deepEqual(places['Miami-Dade County'], ['Miami-Dade']);
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')).sort(), ['Mary Jones', 'Tom Smith']);
  for (const county of ['Barren', 'Caldwell', 'Graves', 'Ohio', 'Warren'])
    assert.deepEqual(places[`${county} County`], [county], county);
  // (not a clause's words after a colon that are no list of names)
  assert.deepEqual(places.Ohio, ['Ohio']);
  assert.deepEqual(places.Indiana, ['Indiana']);
});

test('towns no gazetteer holds, listed with their plural kind, are towns', () => {
  const c = corpusOf({
    'a.txt':
      'Quake\n\nDestruction was reported in Amatrice, Arquata, Accumoli, Pescara del Tronto, and other surrounding ' +
      'villages. The towns of Vellaroz and Tombe Gateau flooded. Smith, Jones and other residents fled.\n',
  });
  const places = entitiesOf(c, 'place');
  for (const town of ['Amatrice', 'Arquata', 'Accumoli', 'Pescara del Tronto', 'Vellaroz', 'Tombe Gateau'])
    assert.deepEqual(places[town], [town], town);
  assert.equal(places.Smith, undefined);
});

test('a headline’s present-tense verbs end a place’s or a body’s name: "Malaysia Expands Search"', () => {
  const c = corpusOf({
    'a.txt': 'Malaysia Expands Search for Missing Plane\n\nMalaysia said the search grew.\n',
    'b.txt': 'Lebanon Declares State of Emergency\n\nLebanon said the port was closed.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place').Malaysia, ['Malaysia', 'Malaysia']);
  assert.deepEqual(entitiesOf(c, 'place').Lebanon, ['Lebanon', 'Lebanon']);
});

test('a country’s or territory’s "Saint" as the news writes it: "St. Martin", "Saint-Martin", "St Lucia"', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\n\nEight people died in St. Martin and Saint-Martin lost power. St Lucia and St. Barthelemy sent ' +
      'aid. Crews left St. Petersburg, Florida.\n',
  });
  const at = (t, n) => entityAt(c, 'a.txt', t, n)?.name;
  assert.equal(at('St. Martin'), 'Saint Martin');
  assert.equal(at('Saint-Martin'), 'Saint Martin');
  assert.equal(at('St Lucia'), 'Saint Lucia');
  assert.equal(at('St. Barthelemy'), 'Saint Barthélemy');
  // (a city's "Saint" is not shortened: Florida's St. Petersburg stays Florida's)
  assert.match(entityAt(c, 'a.txt', 'St. Petersburg').description, /Florida/);
});

test('a town no gazetteer holds, named with its region after a comma, is a town; its bare name too', () => {
  const c = corpusOf({
    'a.txt':
      'Summit\n\nBush spoke from Auchterarder, Scotland, where the summit met. He grew up in Smallville, Kansas. ' +
      'Others came from Tinytown, Ontario. In March, Kenya said no. Airmen flew from Joint Base Lewis-McChord, Wash.\n',
    'b.txt': 'Summit\n\nBush, speaking in Auchterarder, said the attacks were barbaric.\n',
  });
  const at = (doc, t, n) => entityAt(c, doc, t, n);
  assert.equal(at('a.txt', 'Auchterarder').kind, 'place');
  assert.equal(at('b.txt', 'Auchterarder').id, at('a.txt', 'Auchterarder').id);
  assert.equal(at('a.txt', 'Smallville').kind, 'place');
  // (the region a name means after a town: the province, not a city of its name elsewhere)
  assert.match(at('a.txt', 'Ontario').description, /province or region of Canada/);
  // (not a month before a country, nor a base)
  assert.equal(at('a.txt', 'March')?.kind === 'place', false);
  assert.equal(at('a.txt', 'Joint Base')?.kind === 'place', false);
});

test('a place the gazetteer knows whole is no person, whatever its first word: "West Yorkshire", "West Java"', () => {
  const c = corpusOf({
    'a.txt':
      'Raids\n\nThe raids in England were supported by West Yorkshire police. Floods hit West Java in Indonesia on ' +
      'Monday.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'West Yorkshire').kind, 'place');
  assert.equal(entityAt(c, 'a.txt', 'West Java').kind, 'place');
});

test('a name typed with a curly apostrophe is the place the gazetteer writes with a straight one', () => {
  const c = corpusOf({
    'a.txt': "Quake\n\nTwo blocks collapsed in the city of L’Aquila, Italy. Rescuers reached L'Aquila on Monday.\n",
  });
  assert.deepEqual(entitiesOf(c, 'place')["L'Aquila"], ['L’Aquila', "L'Aquila"]);
});

test('a name in apposition with a kind of place is that place: "Hassan Gilyan, a small village"', () => {
  const c = corpusOf({
    'a.txt':
      'Winter\n\nIn Hassan Gilyan, a small village sitting high in the hills, Mohammed Ayub says help is slow. ' +
      'Villages like Hassan Gilyan, which were cut off, wait. Tom Smith, a town councillor, spoke.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place')['Hassan Gilyan'], ['Hassan Gilyan', 'Hassan Gilyan']);
  assert.equal(entityAt(c, 'a.txt', 'Mohammed Ayub').kind, 'person');
  assert.equal(entityAt(c, 'a.txt', 'Tom Smith').kind, 'person');
});

test('a city’s square and a named part of a city are places: "at Russell Square", "the Burley section of Leeds"', () => {
  const c = corpusOf({
    'a.txt':
      'Bombs\n\nA bus exploded at Russell Square in central London. Police raided homes in the Burley section of ' +
      'Leeds. The Sheikh Jarrah neighborhood, where families live, was calm. Fans met in Madison Square Garden. ' +
      'The Sports section of the paper and the Jewish neighborhood were quiet.\n',
  });
  const kind = (t) => entityAt(c, 'a.txt', t)?.kind;
  assert.equal(kind('Russell Square'), 'place');
  assert.equal(kind('Burley'), 'place');
  assert.equal(kind('Sheikh Jarrah'), 'place');
  assert.equal(kind('Madison Square') === 'place', false);
  assert.equal(kind('Sports') === 'place', false);
  assert.equal(kind('Jewish') === 'place', false);
});

test('a name that is a US state’s and a country’s is the state’s among US states, the country’s among countries', () => {
  const c = corpusOf({
    'a.txt': 'Storm\n\nDeclarations were approved for Alabama, Florida, Georgia and Tennessee.\n',
    'b.txt': 'Storm\n\nWASHINGTON — Florida was hit hard. On Sunday, the president declared a disaster for Georgia.\n',
    'c.txt': 'Talks\n\nTroops from Georgia and Ukraine trained. Senators from Texas and Ohio watched.\n',
  });
  assert.equal(entityAt(c, 'a.txt', 'Georgia').id, 'place:state:US-GA');
  assert.equal(entityAt(c, 'b.txt', 'Georgia').id, 'place:state:US-GA');
  assert.equal(entityAt(c, 'c.txt', 'Georgia').id, 'place:country:GE');
});

test('from the review: people named like provinces, bodies named with titles, newspapers’ sections, D.C.', () => {
  const c = corpusOf({
    'a.txt':
      'Arrests\n\nNicolas Suarez and Angel Sandoval were arrested on Monday. Police in West Java said 12 people ' +
      'were killed in Indonesia. The National Governors Association met. Sgt. Ramirez, a city of Houston police ' +
      'officer, was hurt.\n',
    'b.txt':
      'Strikes\n\nJets struck the Shiite suburb of Beirut. He read the Business section, which runs on Sundays. ' +
      'The shooting happened in Anacostia, Washington, D.C., on Sunday. The shooting at Robb Elementary, Texas, ' +
      'stunned all. Air Canada flew to Paris.\n',
  });
  const kind = (doc, t) => entityAt(c, doc, t)?.kind;
  assert.equal(kind('a.txt', 'Nicolas Suarez'), 'person');
  assert.equal(kind('a.txt', 'Angel Sandoval'), 'person');
  assert.equal(kind('a.txt', 'West Java') === 'person', false);
  assert.equal(kind('a.txt', 'National Governors Association'), 'organisation');
  assert.equal(kind('a.txt', 'Ramirez'), 'person');
  assert.equal(kind('b.txt', 'Shiite') === 'place', false);
  assert.equal(kind('b.txt', 'Business') === 'place', false);
  assert.equal(kind('b.txt', 'Anacostia') === 'place', false);
  assert.equal(entityAt(c, 'b.txt', 'Washington').id, 'place:city:US-DC-Washington');
  assert.equal(kind('b.txt', 'Robb Elementary') === 'place', false);
  assert.equal(kind('b.txt', 'Canada') === 'place', false);
});

test('oceans and seas are places; an island named with a lower-case kind, after a locative or its country’s', () => {
  const c = corpusOf({
    'a.txt':
      'Crash\n\nThe plane crashed into the Atlantic Ocean. Debris floated in the Atlantic at 5 p.m. Pacific Time. ' +
      "The quake rocked Indonesia's Lombok island. Most of the dead were in the north of Lombok island.\n",
  });
  const places = entitiesOf(c, 'place');
  assert.deepEqual(places['Atlantic Ocean'], ['Atlantic Ocean', 'Atlantic']);
  assert.equal(places['Pacific Ocean'], undefined);
  assert.deepEqual(places['Lombok Island'], ['Lombok', 'Lombok']);
  // (an ocean's one word only after "the", and not in another name: "Maine & Atlantic Railway", "the Pacific Fleet")
  const d = corpusOf({
    'a.txt':
      'Rail\n\nThe Montreal, Maine & Atlantic Railway train derailed. The commander of the Pacific Fleet spoke. ' +
      'Mediterranean Storm Daniel hit Libya.\n',
  });
  for (const sea of ['Atlantic Ocean', 'Pacific Ocean', 'Mediterranean Sea'])
    assert.equal(entitiesOf(d, 'place')[sea], undefined);
});

test('regions reporting names without their countries are places, and a body’s words naming one whole are it', () => {
  const c = corpusOf({
    'a.txt':
      'Quake\n\nMost of the dead were in Pakistani-controlled Kashmir. Rockets fell on the West Bank on Monday. ' +
      'The World Bank pledged aid, and drought hit the Horn of Africa.\n',
  });
  const places = entitiesOf(c, 'place');
  assert.deepEqual(places.Kashmir, ['Kashmir']);
  assert.deepEqual(places['West Bank'], ['West Bank']);
  assert.deepEqual(places['Horn of Africa'], ['Horn of Africa']);
  const bodies = entitiesOf(c, 'organisation');
  assert.equal(bodies['West Bank'], undefined);
  assert.deepEqual(bodies['World Bank'], ['World Bank']);
});

test('a capital written with a space for its hyphen, and formal names and initials of the Koreas', () => {
  const c = corpusOf({
    'a.txt':
      'Cyclone\n\nMarch 16, 2015\n\nThe storm flattened homes in Port Vila, the capital of Vanuatu.\n\n' +
      'Blinken spoke with Republic of Korea (ROK) Foreign Minister Park Jin after the Democratic People’s ' +
      'Republic of Korea’s (DPRK) latest launch. The DPRK fired again near the ROK coast.\n',
  });
  const places = entitiesOf(c, 'place');
  assert.deepEqual(places['Port-Vila'], ['Port Vila']);
  assert.deepEqual(places['South Korea'], ['Republic of Korea', 'ROK', 'ROK']);
  assert.deepEqual(places['North Korea'], ['Democratic People’s Republic of Korea', 'DPRK', 'DPRK']);
});

test('a city with its state right after it is that state’s, whatever other states the article names', () => {
  const c = corpusOf({
    'a.txt':
      'Guard\n\nApril 28, 2011\n\nARLINGTON, Va. - About 3,000 Guard members responded in Alabama, Tennessee and ' +
      'Mississippi.\n',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), [
    'Alabama',
    'Arlington',
    'Mississippi',
    'Tennessee',
    'Virginia',
  ]);
  assert.equal(entityAt(c, 'a.txt', 'ARLINGTON').id, 'place:city:US-VA-Arlington');
});

test('a word for a country’s people names it for its regions ("Burmese officials", "Rakhine State")', () => {
  const day = 'August 26, 2017';
  const c = corpusOf({
    'a.txt': `Attacks\n\n${day}\n\nInsurgents attacked police in northern Rakhine State, “Burmese” officials said.\n`,
    // (its towns are not named so, and a dateline's story stays where it is: a lead's foreigners are often victims)
    'b.txt': `Crash\n\n${day}\n\nBANGKOK — An English teacher was among 4 people killed in a bus crash.\n`,
    'c.txt': `Arrests\n\n${day}\n\nJERUSALEM — Israeli police said 3 Palestinian youths were arrested in the Old City.\n`,
    // (and a town's name in a body's, after a preposition the name writes with a capital, is none)
    'd.txt': `Aid\n\n${day}\n\nBritish officials met Doctors Without Borders. Aid Across Ukraine rose.\n`,
  });
  assert.equal(entityAt(c, 'a.txt', 'Rakhine')?.kind, 'place');
  assert.equal(figureAt(c, 'b.txt', '4').placeId, 'city:TH-Bangkok');
  assert.equal(figureAt(c, 'c.txt', '3').placeId, 'city:IL-Jerusalem');
  assert.deepEqual(Object.keys(entitiesOf(c, 'place')).sort(), ['Bangkok', 'Jerusalem', 'Rakhine', 'Ukraine']);
});

test('a small town opening its sentence is a place where the article names it elsewhere', () => {
  const c = corpusOf({
    'a.txt':
      'Christchurch Death Toll Rises to 50\n\nThe toll at two mosques in Christchurch, New Zealand rose. ' +
      'Christchurch police said so.\n',
    // (not named elsewhere: a sentence's first word, as before; nor a person's name the article gives)
    'b.txt': 'Toll\n\nA storm hit Japan. Nelson said the storm was over.\n',
    'c.txt':
      'Hutchinson Signs Budget\n\nGov. Asa Hutchinson signed it. A prison near Hutchinson, Kansas will close. ' +
      'Hutchinson’s office said 300 jobs would go.\n',
  });
  assert.equal(entityAt(c, 'c.txt', 'Hutchinson')?.kind, 'person');
  assert.equal(figureAt(c, 'c.txt', '300').placeId, undefined);
  assert.deepEqual(entitiesOf(c, 'place').Christchurch, ['Christchurch', 'Christchurch', 'Christchurch']);
  assert.equal(entitiesOf(c, 'place').Nelson, undefined);
});

test('a headline’s place before a body’s name that ends in an attack’s word ("Connecticut School Shooting")', () => {
  const c = corpusOf({
    'a.txt': '26 Dead in Connecticut School Shooting\n\nA gunman killed 26 people at a school in Newtown.\n',
    // (a town's name before a venue's word is the venue's)
    'b.txt': '22 Killed in Manchester Arena Bombing\n\nBritish police said a bomber killed 22 people.\n',
  });
  assert.deepEqual(entitiesOf(c, 'place').Connecticut, ['Connecticut']);
  assert.equal(entitiesOf(c, 'place').Manchester, undefined);
});
