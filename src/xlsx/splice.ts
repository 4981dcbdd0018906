// Patching by splicing: the original text with a few ranges replaced, so every byte outside them
// stays as it was.

/** Replace [at, end) by `text` (at === end inserts). */
export interface Edit {
  at: number;
  end: number;
  text: string;
}

/** `text` with the edits applied; edits must not overlap. At one offset, inserts come before a
 * replacement starting there, and keep their order among themselves. */
export function splice(text: string, edits: Edit[]): string {
  const sorted = edits.slice().sort((a, b) => a.at - b.at || Number(a.end > a.at) - Number(b.end > b.at));
  const out: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.at < pos) throw new Error(`overlapping edits at ${e.at}`);
    out.push(text.slice(pos, e.at), e.text);
    pos = e.end;
  }
  out.push(text.slice(pos));
  return out.join('');
}
