// Proposes people, organisations and places the registry does not know yet, found with compromise and counted in the text.
import nlp from 'compromise';
import { namesOf } from './alias-patterns';
import { findMentions } from './mentions';
import { FUNCTION_WORDS, NAME_TITLES, NON_PERSON_WORDS, ROLE_NOUNS } from './speech-lexicon';
import type { ActorRef, EntityProposal } from './types';

type EntityKind = EntityProposal['kind'];

// Lower-case words allowed inside a proper name: "Halden Institute for Security Studies", "Abu al-Hassan".
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'da', 'di', 'du', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le']);
const COUNTRY_INITIALISMS = new Set(['U.S.', 'US', 'U.K.', 'UK', 'UAE', 'U.A.E.']);
const ORGANIZATION_HEADS =
  'Institute|Alliance|Ministry|Department|Council|Agency|Organization|Organisation|Foundation|University|Committee|Party|Bureau|Office|Authority|Movement|Corporation|Association|Coalition|Commission|Fund|Forces|Army|Front|Brigades|Centre|Center';
// compromise calls "White House" and "State Department" places.
const INSTITUTION_END = new RegExp(String.raw`\s(?:${ORGANIZATION_HEADS}|House)$`, 'u');
// compromise misses many institutions ("Relief Corridor Alliance"), so capitalised runs ending in an institution word are added.
const ORGANIZATION_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,4}(?:${ORGANIZATION_HEADS})(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+\p{Lu}[\p{L}'’-]*)+)?`,
  'gu',
);

/** Lower case, straight apostrophes, single spaces, no leading "the": how names are compared. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();
}

/** compromise's raw match -> zero or more clean names: no punctuation, possessive, dateline debris or leading title. */
function cleanEntity(raw: string, kind: EntityKind): string[] {
  const afterDebris = raw.split(/[()\u2013\u2014]|\s-\s/).pop() ?? '';
  const parts = kind === 'place' ? afterDebris.split(/,\s*/) : [afterDebris];
  return parts.map((part) => cleanName(part, kind)).filter((name): name is string => name !== null);
}

function cleanName(part: string, kind: EntityKind): string | null {
  let words = part
    .replace(/^[\s"“'‘([]+/, '')
    .replace(/[\s,;:!?"”'’)\]]+$/, '')
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.+$/u, '') // keep the period of "U.S.", drop a sentence's
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && FUNCTION_WORDS.has(words[0].toLowerCase())) words = words.slice(1);
  if (kind === 'person') while (words.length > 1 && NAME_TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) words = words.slice(1);
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0])) return null;
  if (words.some((w) => !/^\p{Lu}/u.test(w) && !NAME_CONNECTORS.has(w))) return null;
  const name = words.join(' ');
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || (letters.length > 5 && letters === letters.toUpperCase())) return null;
  if (words.length === 1 && (NON_PERSON_WORDS.has(name.toLowerCase()) || ROLE_NOUNS.has(name.toLowerCase()) || FUNCTION_WORDS.has(name.toLowerCase()))) return null;
  return name;
}

interface Tally {
  text: string;
  votes: Record<EntityKind, number>;
  variants: Set<string>;
}

function collect(body: string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const add = (raw: string, kind: EntityKind) => {
    for (const name of cleanEntity(raw, kind)) {
      const finalKind = COUNTRY_INITIALISMS.has(name) ? 'place' : INSTITUTION_END.test(name) ? 'organization' : kind;
      const key = comparable(name);
      const tally = tallies.get(key) ?? { text: name, votes: { person: 0, organization: 0, place: 0 }, variants: new Set([name]) };
      tally.votes[finalKind]++;
      tally.variants.add(name);
      tallies.set(key, tally);
    }
  };
  const doc = nlp(body);
  for (const text of doc.people().out('array') as string[]) add(text, 'person');
  for (const text of doc.organizations().out('array') as string[]) add(text, 'organization');
  for (const text of doc.places().out('array') as string[]) add(text, 'place');
  for (const match of body.matchAll(ORGANIZATION_PATTERN)) add(match[0].replace(/^\S+['’]s?\s+/, (w) => (/['’]/.test(w) ? '' : w)), 'organization');
  return tallies;
}

function kindOf(votes: Record<EntityKind, number>): EntityKind {
  const order: EntityKind[] = ['organization', 'person', 'place'];
  return order.reduce((best, kind) => (votes[kind] > votes[best] ? kind : best), 'place' as EntityKind);
}

/** Does `short` appear as whole words inside `long` ("Mulroy" in "Mick Mulroy", "Halden Institute" in "Halden Institute for …")? */
function containsWords(long: string, short: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/**
 * People, organisations and places in `body` that are neither a known actor's name or alias nor dismissed
 * (compared case-insensitively). A short form is merged into the longer name containing it; a person's surname
 * alone counts toward the full name. `count` is the number of mentions; sorted by count, then text.
 */
export function proposeEntities(body: string, known: ActorRef[], dismissed: string[]): EntityProposal[] {
  const tallies = [...collect(body).values()].sort((a, b) => b.text.length - a.text.length);
  const merged: (Tally & { kind: EntityKind })[] = [];
  for (const tally of tallies) {
    const kind = kindOf(tally.votes);
    const into = merged.find((m) => containsWords(comparable(m.text), comparable(tally.text)) && (m.kind === kind || kind === 'person'));
    if (into) tally.variants.forEach((v) => into.variants.add(v));
    else merged.push({ ...tally, kind });
  }
  const knownNames = new Set(known.flatMap(namesOf).map(comparable));
  const knownPeople = known.filter((a) => a.kind === 'person').flatMap(namesOf).map(comparable);
  const refused = new Set([...knownNames, ...dismissed.map(comparable)]);
  const proposals = merged.filter((m) => {
    const names = [...m.variants].map(comparable);
    if (names.some((n) => refused.has(n))) return false;
    return !(m.kind === 'person' && names.some((n) => knownPeople.some((k) => containsWords(k, n))));
  });
  const surnames = new Map<string, number>();
  for (const p of proposals) if (p.kind === 'person') surnames.set(p.text.split(' ').pop()!, (surnames.get(p.text.split(' ').pop()!) ?? 0) + 1);
  // Known actors go first so that text they already claim ("White House" in "White House press secretary") is not counted.
  const pseudoActors: ActorRef[] = proposals.map((p, i) => {
    const surname = p.text.split(' ').pop()!;
    const aliases = [...p.variants];
    if (p.kind === 'person' && p.text.includes(' ') && surnames.get(surname) === 1 && !knownNames.has(comparable(surname))) aliases.push(surname);
    return { id: -1 - i, name: p.text, kind: 'person', aliases };
  });
  const mentions = findMentions(body, [...known, ...pseudoActors]).filter((m) => m.actorId < 0);
  const result: EntityProposal[] = [];
  proposals.forEach((p, i) => {
    const own = mentions.filter((m) => m.actorId === -1 - i);
    if (own.length > 0) result.push({ text: p.text, kind: p.kind, count: own.length, first: { start: own[0].start, end: own[0].end } });
  });
  return result.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
