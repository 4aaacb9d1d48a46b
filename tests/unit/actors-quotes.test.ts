// Hand-written hard cases for quote attribution: nesting, multi-sentence quotes, titles, pronouns, reported speech.
import { describe, expect, it } from 'vitest';
import { attributeQuotes, SPEECH_VERBS } from '../../electron/core/actors/quotes';
import type { ActorRef, QuoteSuggestion } from '../../electron/core/actors/types';

const ACTORS: ActorRef[] = [
  { id: 1, name: 'Karoline Leavitt', kind: 'person', aliases: ['Leavitt', 'the press secretary', 'White House press secretary'] },
  { id: 3, name: 'Mick Mulroy', kind: 'person', aliases: ['Mulroy'] },
  { id: 4, name: 'Adam Boehler', kind: 'person', aliases: ['Boehler', 'the envoy', 'U.S. special envoy for hostage affairs'] },
  { id: 5, name: "Israeli Prime Minister's office", kind: 'government', aliases: ["the Prime Minister's office", "Prime Minister's office"] },
  { id: 6, name: 'Hamas', kind: 'group', aliases: [] },
];

/** Suggestions for `body`, after checking that every offset slices back to its text. */
function attribute(body: string): QuoteSuggestion[] {
  const found = attributeQuotes(body, ACTORS);
  for (const s of found) {
    expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(s.key).toBe(`${s.start}-${s.end}`);
    if (s.speaker) expect(body.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
  }
  return found;
}

function only(body: string): QuoteSuggestion {
  const found = attribute(body);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('direct quotes', () => {
  it('keeps nested single quotes inside a double quote', () => {
    expect(only(`"I told them 'never again,' and I meant it," Mulroy said.`)).toMatchObject({
      kind: 'direct',
      text: "I told them 'never again,' and I meant it",
      speaker: { text: 'Mulroy', actorId: 3 },
      verb: 'said',
      rule: 'after-quote',
    });
    expect(only('“He said ‘we will see’ and walked out,” Boehler said.')).toMatchObject({
      text: 'He said ‘we will see’ and walked out',
      speaker: { actorId: 4 },
    });
  });

  it('reads a quote across two sentences as one, attributed after its end', () => {
    expect(only('"We are ready. We have always been ready," the envoy told reporters.')).toMatchObject({
      text: 'We are ready. We have always been ready',
      speaker: { text: 'the envoy', actorId: 4 },
      verb: 'told',
      rule: 'title-after-quote',
    });
  });

  it('handles curly quotes with the speaker after the quote, verb first', () => {
    expect(only('“Our door has always been open,” said Adam Boehler, who led the talks.')).toMatchObject({
      text: 'Our door has always been open',
      speaker: { text: 'Adam Boehler', actorId: 4 },
      rule: 'after-quote',
    });
  });

  it('resolves a title to the actor whose alias it is, and keeps an unknown title with no actor', () => {
    expect(only('"We were consulted," the press secretary said.')).toMatchObject({ speaker: { text: 'the press secretary', actorId: 1 }, rule: 'title-after-quote' });
    expect(only('"The channel remains open," a Hamas spokesman said.')).toMatchObject({
      speaker: { text: 'a Hamas spokesman', actorId: null },
      rule: 'title-after-quote',
    });
  });

  it('points "the office" back to the office mentioned before', () => {
    const body = `The Prime Minister’s Office responded cautiously. “Israel expressed its opinion,” the office said.`;
    expect(only(body)).toMatchObject({ speaker: { text: 'the office', actorId: 5 }, rule: 'title-after-quote' });
  });

  it('finds the speaker named in the next sentence after a quote standing alone', () => {
    expect(only('Officials met on Monday. "Coordination is everything." That was how Mulroy put it.')).toMatchObject({
      speaker: { text: 'Mulroy', actorId: 3 },
      rule: 'next-sentence',
    });
    expect(only('"Coordination is everything." The warning came from Mick Mulroy.')).toMatchObject({ speaker: { actorId: 3 }, rule: 'next-sentence' });
  });

  it('finds the speaker in the sentence before a quote, ending in a colon or paraphrasing it', () => {
    expect(only('Mulroy was blunt in his assessment:\n\n"Nobody wins a race to the bottom."')).toMatchObject({
      speaker: { actorId: 3 },
      rule: 'previous-sentence-colon',
    });
    const paraphrased = attribute('Mulroy cautioned that a second track could backfire. "It could complicate everything."');
    expect(paraphrased.map((s) => s.kind)).toEqual(['reported', 'direct']);
    expect(paraphrased[1]).toMatchObject({
      speaker: { actorId: 3 },
      verb: 'cautioned',
      rule: 'previous-sentence',
    });
  });

  it('resolves he/she to the person named before, preferring the subject over a later name', () => {
    expect(only('Leavitt spoke to reporters on Friday. "We will not apologize," she added.')).toMatchObject({
      speaker: { text: 'she', actorId: 1 },
      verb: 'added',
      rule: 'pronoun-after-quote',
    });
    const body = 'Leavitt framed it as a matter of interest: the envoy, she said, believes "it is the right thing to do."';
    expect(only(body)).toMatchObject({ speaker: { text: 'she', actorId: 1 }, rule: 'pronoun-before-quote' });
  });

  it('does not hand a pronoun to a registered actor when an unregistered person was named since', () => {
    const body = 'Leavitt spoke first. Later, Jane Roe, a local teacher, took the microphone. "We are tired of waiting," she said.';
    const quote = only(body);
    expect(quote.speaker).toMatchObject({ text: 'she', actorId: null });
    expect(quote.evidence).toContain('Jane Roe');
  });

  it('attributes "according to" before and after a quote', () => {
    expect(only('According to Boehler, "the talks were productive and will continue."')).toMatchObject({
      text: 'the talks were productive and will continue',
      speaker: { actorId: 4 },
      verb: 'according to',
      rule: 'before-quote',
    });
    expect(only('"The talks were productive and will continue," according to Boehler.')).toMatchObject({
      speaker: { actorId: 4 },
      verb: 'according to',
      rule: 'after-quote',
    });
  });

  it('skips an appositive between the name and the verb', () => {
    expect(only('Mulroy, a former Pentagon official, warned: "This could backfire on everyone."')).toMatchObject({
      speaker: { text: 'Mulroy', actorId: 3 },
      verb: 'warned',
      rule: 'before-quote',
    });
    expect(only('A Hamas spokesman, Samir Odeh, insisted that "threats will not free a single captive."')).toMatchObject({
      speaker: { text: 'Samir Odeh', actorId: null },
      verb: 'insisted',
    });
  });

  it('attributes "X said that "…"" and a second quote in the same sentence after a colon', () => {
    expect(only('Leavitt said that "the president will not wait forever."')).toMatchObject({ speaker: { actorId: 1 }, rule: 'before-quote' });
    const [first, second] = attribute('Boehler told Hamas that "time is short" and added a warning: "Do not test us."');
    expect(first).toMatchObject({ text: 'time is short', speaker: { actorId: 4 }, verb: 'told' });
    expect(second).toMatchObject({ text: 'Do not test us.', speaker: { actorId: 4 } });
  });

  it('gives a quote that follows an attributed quote the same speaker', () => {
    const [, second] = attribute('"Nobody wins," Mulroy said. "Not Hamas, not Israel, not us."');
    expect(second).toMatchObject({ speaker: { actorId: 3 }, rule: 'continuation' });
  });

  it('still returns a quote with no findable speaker', () => {
    expect(only('The banner on the wall read "Bring them home now" in red letters.')).toMatchObject({
      text: 'Bring them home now',
      speaker: null,
      verb: null,
      rule: 'none',
    });
  });

  it('does not mistake a later sentence\'s subject for the speaker of a quote ending in "!"', () => {
    const body = 'Boehler wrote: "You are out of time!" Mulroy said such language was risky.';
    expect(attribute(body).find((s) => s.kind === 'direct')).toMatchObject({ speaker: { actorId: 4 }, rule: 'before-quote' });
    expect(only('"You are out of time!" Boehler wrote.')).toMatchObject({ speaker: { actorId: 4 }, rule: 'after-quote' });
  });
});

describe('scare quotes', () => {
  it('skips a short quoted phrase with no speech around it', () => {
    expect(attribute('Critics dismissed the "bold" plan as theatre.')).toEqual([]);
    expect(attribute('Some voices have begun to grumble about "talking to terrorists."')).toEqual([]);
  });

  it('keeps a short quote that a speech verb or noun introduces', () => {
    expect(only('Boehler warned of "hell to pay" if nothing moved.')).toMatchObject({ text: 'hell to pay', speaker: { actorId: 4 } });
    expect(only('Boehler delivered a message on Monday: there will be "hell to pay."')).toMatchObject({ text: 'hell to pay', speaker: { actorId: 4 } });
  });
});

describe('reported speech', () => {
  it('takes the clause after "said" with the subject as speaker', () => {
    expect(only('Leavitt said Israel had been consulted beforehand.')).toMatchObject({
      kind: 'reported',
      text: 'Israel had been consulted beforehand',
      speaker: { text: 'Leavitt', actorId: 1 },
      verb: 'said',
      rule: 'reported',
    });
  });

  it('takes the clause after "told reporters that"', () => {
    expect(only('Boehler told reporters on Wednesday that the talks would continue next week.')).toMatchObject({
      kind: 'reported',
      text: 'the talks would continue next week',
      speaker: { actorId: 4 },
      verb: 'told',
    });
  });

  it('handles "According to X, …" and "…, according to X."', () => {
    expect(only("According to the Prime Minister's office, Israel expressed its opinion.")).toMatchObject({
      kind: 'reported',
      text: 'Israel expressed its opinion',
      speaker: { text: "the Prime Minister's office", actorId: 5 },
      rule: 'title-according-to',
    });
    expect(only('The envoy met Hamas twice, according to Boehler.')).toMatchObject({ text: 'The envoy met Hamas twice', speaker: { actorId: 4 } });
  });

  it('is not reported when the sentence holds a direct quote, or the verb is negated', () => {
    expect(attribute('Leavitt said the president believes "it is the right thing for the American people."').map((s) => s.kind)).toEqual(['direct']);
    expect(attribute('The White House did not say whether further meetings were planned.')).toEqual([]);
  });
});

describe('SPEECH_VERBS', () => {
  it('lists every verb form the rules use, in one place', () => {
    for (const verb of ['said', 'told', 'warned', 'cautioned', 'wrote', 'posted', 'added', 'insisted', 'according to', 'replied']) {
      expect(SPEECH_VERBS).toContain(verb);
    }
  });
});
