// A synthetic corpus for benchmarks: sentences of the sample articles, recombined, with topic words drawn
// from a Zipf distribution so that search terms range from rare to very common. Each article belongs to one of
// STORIES stories whose names and places replace the sample story's, so that, as in a real archive, a name
// like "Mulroy" or "Doha" occurs in one story's articles, not in every article. Deterministic for a seed.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { resourcesDir } from '../../electron/core/paths';
import { splitSentences } from '../../shared/text/sentences';

export interface GeneratedArticle {
  title: string;
  outlet: string;
  date: string;
  body: string;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samplePool(): string[] {
  const dir = path.join(resourcesDir, 'sample/articles');
  return fs.readdirSync(dir).flatMap((file) => {
    const body = matter(fs.readFileSync(path.join(dir, file), 'utf8')).content;
    return splitSentences(body).map((s) => body.slice(s.start, s.end));
  });
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'sa', 'vor', 'ul', 'dri', 'pe', 'zan', 'qu', 'ro', 'bel', 'ish', 'tor', 'nem'];

export const TOPIC_WORDS = Array.from({ length: 5000 }, (_, i) => {
  let n = i + 1;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${word}ia`;
});

export const STORIES = 200;

// The sample story's names and topic words; each generated story swaps them for names of its own.
const STORY_TERMS = [
  'Hamas', 'Doha', 'Qatar', 'Boehler', 'Leavitt', 'Mulroy', 'Trump', 'Israeli', 'Israel', 'Gaza', 'hostages', 'hostage',
  'Egypt', 'Alexander', 'Taliban', 'Iran', 'Russia', 'Netanyahu', 'ceasefire', 'truce',
];
const STORY_PATTERN = new RegExp(`\\b(${STORY_TERMS.join('|')})\\b`, 'g');

/** The word that stands for `term` in story `story` (story 0 keeps the sample's own words). */
export function storyTerm(story: number, term: string): string {
  if (story === 0) return term;
  const word = TOPIC_WORDS[(story * STORY_TERMS.length + STORY_TERMS.indexOf(term)) % TOPIC_WORDS.length].replace(/ia$/, 'or');
  return /^[A-Z]/.test(term) ? word[0].toUpperCase() + word.slice(1) : word;
}

export function generateCorpus(count: number, seed = 42): GeneratedArticle[] {
  const random = rng(seed);
  const pool = samplePool();
  const outlets = Array.from({ length: 40 }, (_, i) => `Bench Outlet ${i + 1}`);
  // Zipf: topic word k is drawn with probability proportional to 1/k.
  const weights = TOPIC_WORDS.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const topic = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return TOPIC_WORDS[lo];
  };
  return Array.from({ length: count }, (_, i) => {
    const story = i % STORIES;
    const paragraphs: string[] = [];
    for (let p = 0; p < 6; p++) {
      const sentences = Array.from({ length: 3 }, () => pool[Math.floor(random() * pool.length)].replace(STORY_PATTERN, (term) => storyTerm(story, term)));
      sentences.push(`Officials linked ${topic()} and ${topic()} to the ${topic()} file ${i}-${p}.`);
      paragraphs.push(sentences.join(' '));
    }
    const day = 1 + (i % 28);
    return {
      title: `Report ${i}: ${topic()} and ${topic()}`,
      outlet: outlets[i % outlets.length],
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      body: paragraphs.join('\n\n'),
    };
  });
}
