// Signed number formatting for tone scores and scale values (a real minus sign, a plus for positives).

export function signed(n: number, digits = 0): string {
  const text = Math.abs(n).toFixed(digits);
  if (Number(text) === 0) return digits ? (0).toFixed(digits) : '0';
  return `${n > 0 ? '+' : '−'}${text}`;
}

/** "ability +2, warned −2" */
export function wordList(words: { word: string; score: number }[]): string {
  return words.map((w) => `${w.word} ${signed(w.score)}`).join(', ');
}
