// Colour helpers for code swatches and highlights (codes carry #rrggbb).

/** #rrggbb plus an alpha byte, for translucent tints. */
export function withAlpha(hex: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return `rgba(128, 128, 128, ${alpha})`;
  const byte = Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${byte}`;
}

export const NEUTRAL = '#9a9ea5';
