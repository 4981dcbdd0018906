// The names the page lists dropped files by. Files picked or dropped together are different files
// even when named alike (every unit sends its 自评表.xlsx): each keeps a name of its own, the later
// ones numbered as a file manager numbers copies. A file dropped later under a listed name is a
// corrected copy of that file and takes its place.

/** `name` with ` (n)` before its extension: 自评表.xlsx → 自评表 (2).xlsx. */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/** A name for each of the files dropped together, in their order: the first of a name keeps it,
 * the others are numbered, never as another dropped file is named. */
export function distinctNames(names: string[]): string[] {
  const taken = new Set(names);
  const given = new Set<string>();
  // A number another dropped file already bears is skipped: that name is its own.
  const free = (name: string, candidate: string) =>
    !given.has(candidate) && (candidate === name || !taken.has(candidate));
  return names.map((name) => {
    let listed = name;
    for (let n = 2; !free(name, listed); n++) listed = numbered(name, n);
    given.add(listed);
    return listed;
  });
}
