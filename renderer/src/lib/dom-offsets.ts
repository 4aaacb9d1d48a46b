// Maps DOM positions inside the rendered body back to body offsets: every text segment carries data-start.

/** The body offset of a DOM boundary point (node, offset), or null when it is outside any segment. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!seg || !root.contains(seg)) return null;
    return Number(seg.dataset.start) + offset;
  }
  const el = node as HTMLElement;
  if (el.dataset?.start !== undefined) {
    return offset === 0 ? Number(el.dataset.start) : Number(el.dataset.end);
  }
  // A container (paragraph or body): the boundary sits between children.
  const children = [...el.childNodes];
  const after = children[offset];
  const before = children[offset - 1];
  const first = (n: Node | undefined) => (n instanceof HTMLElement ? (n.dataset.start !== undefined ? n : n.querySelector<HTMLElement>('[data-start]')) : null);
  const last = (n: Node | undefined) => {
    if (!(n instanceof HTMLElement)) return null;
    if (n.dataset.end !== undefined) return n;
    const all = n.querySelectorAll<HTMLElement>('[data-end]');
    return all[all.length - 1] ?? null;
  };
  const b = last(before);
  if (b) return Number(b.dataset.end);
  const a = first(after);
  if (a) return Number(a.dataset.start);
  return null;
}

/** A DOM selection inside the body as a body range; clamps ends that fall outside the body. */
export function selectionToRange(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const segs = root.querySelectorAll<HTMLElement>('[data-start]');
  if (!segs.length) return null;
  let start = pointToOffset(root, range.startContainer, range.startOffset);
  let end = pointToOffset(root, range.endContainer, range.endOffset);
  if (start === null) start = Number(segs[0]!.dataset.start);
  if (end === null) end = Number(segs[segs.length - 1]!.dataset.end);
  if (end <= start) return null;
  return { start, end };
}
