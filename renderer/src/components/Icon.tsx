// A handful of 16px stroke icons, drawn inline so the CSP needs no image sources.
const PATHS = {
  search: 'M7 12.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11Zm7.5 2-3.6-3.6',
  plus: 'M8 3v10M3 8h10',
  pencil: 'M10.5 2.5l3 3L6 13H3v-3l7.5-7.5Z',
  trash: 'M2.5 4h11M6 4V2.5h4V4m-6 0 .7 9.5h6.6L12 4',
  x: 'M4 4l8 8M12 4l-8 8',
  upload: 'M8 10.5V2.5M4.5 6 8 2.5 11.5 6M2.5 10v3.5h11V10',
  chevronDown: 'M4 6l4 4 4-4',
  folder: 'M1.5 4.5v8h13v-7H8L6.5 3.5h-5v1Z',
  keyboard: 'M1.5 4h13v8h-13V4Zm3 5.5h7M4 6.5h1m2 0h1m2 0h1',
  file: 'M4 1.5h5l3 3v10H4V1.5Zm5 0v3h3',
  layers: 'M8 2 1.5 5.5 8 9l6.5-3.5L8 2Zm-6.5 7L8 12.5 14.5 9',
  calendar: 'M2 3.5h12v10H2v-10Zm0 3h12M5 2v3m6-3v3',
  check: 'M3 8.5 6.5 12 13 4.5',
  alert: 'M8 5v4m0 2.5v.5M7 2 1 13.5h14L9 2H7Z',
  note: 'M3 2.5h10v7.5L10 13H3V2.5Zm7 10.5V10h3M5.5 6h5m-5 2.5h3',
  user: 'M8 8a2.75 2.75 0 1 0 0-5.5A2.75 2.75 0 0 0 8 8Zm-5 6c.5-2.6 2.5-4 5-4s4.5 1.4 5 4',
  book: 'M2.5 3c2-.8 3.8-.8 5.5.5v10c-1.7-1.3-3.5-1.3-5.5-.5V3Zm11 0c-2-.8-3.8-.8-5.5.5v10c1.7-1.3 3.5-1.3 5.5-.5V3Z',
  sparkle: 'M8 2v3m0 6v3M2 8h3m6 0h3M4 4l1.8 1.8m4.4 4.4L12 12m0-8-1.8 1.8M5.8 10.2 4 12',
  undo: 'M5 4 2 7l3 3M2.5 7H10a3.5 3.5 0 0 1 0 7H7',
  arrowUp: 'M8 13V3M4 7l4-4 4 4',
  arrowDown: 'M8 3v10M4 9l4 4 4-4',
  merge: 'M4 2v4c0 2 1.5 3 4 3s4 1 4 3v2M12 2v4c0 1.2-.6 2-1.6 2.5',
  archive: 'M2 3h12v3H2V3Zm1 3v7h10V6M6.5 9h3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
