// The sentiment package's own English lexicon (AFINN plus its emoji) and scoring rule, as analyze() reads them.
declare module 'sentiment/lib/language-processor.js' {
  const languageProcessor: {
    getLabels(languageCode: string): Record<string, number>;
    applyScoringStrategy(languageCode: string, tokens: string[], cursor: number, tokenScore: number): number;
  };
  export default languageProcessor;
}
