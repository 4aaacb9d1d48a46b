// Word lists for attribution: speech verbs, speech nouns, speaker role nouns, and the function words the rules skip.

/** Every verb form (and "according to") that marks attributed speech. Lower case; matched as whole words. */
export const SPEECH_VERBS: readonly string[] = [
  'according to',
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'warn', 'warns', 'warned', 'warning',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'stated', 'stating',
  'write', 'writes', 'wrote', 'written', 'writing',
  'posted', 'posting',
  'add', 'adds', 'added', 'adding',
  'argue', 'argues', 'argued', 'arguing',
  'insist', 'insists', 'insisted', 'insisting',
  'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining',
  'ask', 'asks', 'asked', 'asking',
  'urge', 'urges', 'urged', 'urging',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'claimed', 'claiming',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'observe', 'observes', 'observed', 'observing',
];

/** Verbs that take a clause without "that": "Leavitt said Israel had been consulted". */
export const BARE_CLAUSE_VERBS = new Set(['say', 'says', 'said']);

/** Verbs whose first complement is the listener: "told reporters that …". */
export const LISTENER_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging']);

/** Nouns that announce a quotation when no verb does: "delivered a message: … "hell to pay."" */
export const SPEECH_NOUNS = new Set(
  'message statement post warning words remarks remark comment comments reply response tweet letter speech interview briefing ultimatum vow pledge'.split(' '),
);

/** Head nouns of title-only speakers: "the press secretary", "a Hamas spokesman", "Gulf officials". */
export const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople secretary minister ministry office official officials officer officers ' +
    'envoy president adviser advisor aide aides analyst analysts diplomat diplomats negotiator negotiators mediator mediators ' +
    'ambassador senator lawmaker lawmakers representative representatives leader leaders commander chief director coordinator ' +
    'expert experts source sources government administration agency department embassy group movement organization organisation ' +
    'mother father son daughter brother sister wife husband relative relatives resident residents witness witnesses'
  ).split(' '),
);

/** Lower-case words allowed inside a title before its head noun: "the former senior press secretary". */
export const TITLE_MODIFIERS = new Set(
  'press former senior top chief deputy assistant special foreign military government security intelligence hostage regional local western arab acting interim prime vice'.split(
    ' ',
  ),
);

/** Titles stripped from the front of a name: "President Donald Trump" names Donald Trump. */
export const NAME_TITLES = new Set(
  'president press secretary prime minister special envoy spokesman spokeswoman mr mrs ms dr sen gov rep gen senator governor ambassador chancellor king queen prince sheikh'.split(
    ' ',
  ),
);

export const DETERMINERS = new Set('the a an its his her their our this that these those one another'.split(' '));

/** Words after which a noun phrase is a prepositional object, not a subject. */
export const PREPOSITIONS = new Set(
  'of for to at in on from with by about against toward towards into onto over under among between through during without within via like near'.split(' '),
);

export const PRONOUNS = new Set(['he', 'she', 'they']);

/** Capitalised words that start sentences but never start a name. */
export const FUNCTION_WORDS = new Set(
  (
    'the a an in on at for but and or with to by of from as if when while after before since until among every some that this those these ' +
    'its his her their our it he she they we i you yes no not meanwhile however still yet even also then there here what whether where who ' +
    'why how once though although because so such each both all any most many more few other another one two three'
  ).split(' '),
);

/** Words that make a capitalised run an institution, place or title rather than a person's name. */
export const NON_PERSON_WORDS = new Set(
  (
    'house department office ministry institute alliance council committee agency party union nations states kingdom republic ' +
    'east west north south middle strip bank social studies affairs defense defence security foreign corridor relief intelligence ' +
    'army forces force guard court senate congress parliament center centre university college school foundation fund group bureau ' +
    'service services police times post news star wire journal review observer courier ledger dispatch press street square city ' +
    'capital airport hospital embassy consulate authority organization organisation movement front brigades corporation company ' +
    'secretary deputy assistant minister president prime general truth monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);
