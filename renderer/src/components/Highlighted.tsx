// Renders text with highlight markers (or query terms) as plain text and <mark> elements.
import type { TextPart } from '../lib/highlight';

export function Highlighted({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
