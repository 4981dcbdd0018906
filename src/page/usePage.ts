// The page's state: the dropped files and what the worker found in each, the language, the
// settings laid over each workbook's own, and what is being shown. Every workbook operation is a
// request to the worker; this hook only keeps the answers.

import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import type { FundUnit, LevelSetYear, Settings } from '../core';
import { format, messages, type Lang } from '../i18n';
import { fileMessages, type WithFiles } from '../i18n/files';
import { keepLang } from './chosen-lang';
import { download, recalculatedName } from './download';
import { distinctNames } from './file-names';
import type { Notice, NoticePlace } from './Notice';
import type { Built, Context, OpenedFile, Request, SheetPicture } from './protocol';
import { startWorker, type WorkerClient } from './worker-client';

export interface DroppedFile {
  id: number;
  name: string;
  /** 0–1 while the worker reads it; 1 once `opened` has arrived. */
  stage: number;
  opened: OpenedFile | null;
}

/** An issue's cell shown on its sheet. */
export interface Shown {
  file: number;
  sheet: string;
  cell: string;
  /** What the sheet shows, once the worker has sent it (null: it has no such sheet). */
  picture?: SheetPicture | null;
}

export interface PageState {
  lang: Lang;
  files: DroppedFile[];
  /** What the user set in the page; empty until they save the settings (each workbook's own). */
  overrides: Partial<Settings>;
  busy: boolean;
  /** What the page says of the user's last action, where they took it. */
  notice: Notice | null;
  shown: Shown | null;
}

export interface PageActions {
  setLang(lang: Lang): void;
  /** Adds the files, each under a name of its own (distinctNames); one named as a listed file
   * replaces it (a corrected copy dropped again). */
  addFiles(files: File[]): void;
  removeFile(file: number): void;
  /** Lays `settings` over every workbook's own; a setting left out stays each workbook's. */
  saveSettings(settings: Partial<Settings>): void;
  show(shown: Shown | null): void;
  downloadRecalculated(file: number): void;
  downloadSummary(): void;
  downloadTemplate(levelSet: LevelSetYear): void;
  downloadFromTargets(file: number, fundUnit: FundUnit): void;
}

/** Whether two contexts answer alike: the same language and the same saved settings. */
const sameContext = (a: Context, b: Context) => a.lang === b.lang && a.overrides === b.overrides;

export function usePage(initialLang: Lang): [PageState, PageActions] {
  const worker = useRef<WorkerClient | null>(null);
  worker.current ??= startWorker();
  const nextId = useRef(0);
  const [state, setState] = useState<PageState>({
    lang: initialLang,
    files: [],
    overrides: {},
    busy: false,
    notice: null,
    shown: null,
  });
  // Requests read the latest state without re-creating every action on each change.
  const current = useRef(state);
  current.current = state;

  const update = useCallback((change: (s: PageState) => Partial<PageState>) => {
    setState((s) => ({ ...s, ...change(s) }));
  }, []);
  // What the worker says of a file is drawn as a transition, in slices between which the page
  // answers the user: drawn at once, each file's results held it for up to a second.
  const setFile = useCallback(
    (id: number, change: Partial<DroppedFile>) =>
      startTransition(() =>
        update((s) => ({ files: s.files.map((f) => (f.id === id ? { ...f, ...change } : f)) })),
      ),
    [update],
  );

  /** Runs one request that builds a download, showing its note or failure `at` the card or
   * button it was asked from. */
  const build = useCallback(
    async (make: () => Promise<Built | null>, name: string, at: NoticePlace, none?: string) => {
      update(() => ({ busy: true, notice: null }));
      try {
        const built = await make();
        if (built) download(built.bytes, name);
        const notice: Notice | null = built
          ? { text: built.note, intent: built.warning ? 'warning' : 'success', at }
          : none
            ? { text: none, intent: 'info', at }
            : null;
        update(() => ({ busy: false, notice }));
      } catch (e) {
        update(() => ({ busy: false, notice: { text: (e as Error).message, intent: 'error', at } }));
      }
    },
    [update],
  );

  /** Checks every read file again (new settings or language). */
  const recheck = useCallback(
    async (context: Context) => {
      const files = current.current.files.filter((f) => f.opened !== null);
      await Promise.all(
        files.map(async (f) => {
          const opened = await worker
            .current!.ask<OpenedFile>({ kind: 'check', file: f.id, context })
            .catch((e: Error): OpenedFile => ({ problem: e.message }));
          setFile(f.id, { opened });
        }),
      );
    },
    [setFile],
  );

  const actions = useMemo<PageActions>(() => {
    const context = (): Context => ({ overrides: current.current.overrides, lang: current.current.lang });
    const m = () => messages(current.current.lang);
    const nameOf = (id: number) => current.current.files.find((f) => f.id === id)?.name ?? '';
    return {
      setLang(lang) {
        keepLang(lang);
        update(() => ({ lang, notice: null }));
        void recheck({ overrides: current.current.overrides, lang });
      },
      addFiles(files) {
        // Files dropped together are different files, each listed under a name of its own; one
        // named as a listed file replaces it (a corrected copy dropped again), and the page says so.
        const names = distinctNames(files.map((file) => file.name));
        const added = files.map((file, i) => ({ file, name: names[i], id: nextId.current++ }));
        const byName = new Map(added.map((a) => [a.name, a]));
        const replacedFiles = current.current.files.filter((f) => byName.has(f.name));
        const replaced = replacedFiles.map((f) => f.id);
        const replacedNames = replacedFiles.map((f) => f.name);
        for (const file of replaced) void worker.current!.ask({ kind: 'forget', file });
        const fm = fileMessages(current.current.lang, 'page');
        const notes = [
          ...sameNameNotes(files, names, fm),
          ...(replacedNames.length
            ? [
                format(fm.pageFiles.replaced, {
                  files: replacedNames.join(fm.pageFiles.nameSeparator),
                  count: replacedNames.length,
                }),
              ]
            : []),
        ];
        update((s) => {
          const entry = ({ name, id }: { name: string; id: number }): DroppedFile => ({
            id,
            name,
            stage: 0,
            opened: null,
          });
          // A replaced file keeps its place in the list; new names go at the end.
          const kept = s.files.map((f) => (byName.has(f.name) ? entry(byName.get(f.name)!) : f));
          const listed = new Set(s.files.map((f) => f.name));
          return {
            notice: notes.length
              ? { text: notes.join(fm.batch.problemSeparator), intent: 'info', at: 'files' }
              : null,
            shown: s.shown && replaced.includes(s.shown.file) ? null : s.shown,
            files: [...kept, ...added.filter((a) => !listed.has(a.name)).map(entry)],
          };
        });
        const ask = (request: Request, onStage?: (stage: number) => void, transfer?: Transferable[]) =>
          worker
            .current!.ask<OpenedFile>(request, onStage, transfer)
            .catch((e: Error): OpenedFile => ({ problem: e.message }));
        for (const { file, name, id } of added) {
          void (async () => {
            let asked = context();
            // A folder dropped or picked, or a file moved since, cannot be read: the worker says so.
            const buffer = await file.arrayBuffer().catch(() => null);
            let opened = buffer
              ? await ask(
                  { kind: 'open', file: id, name, bytes: new Uint8Array(buffer), context: asked },
                  (stage) => setFile(id, { stage }),
                  [buffer],
                )
              : await ask({ kind: 'unread', file: id, name, context: asked });
            // The language or the settings changed while it was read, and their recheck passed it
            // by: checked again as they are now.
            while (!sameContext(asked, context())) {
              asked = context();
              opened = await ask({ kind: 'check', file: id, context: asked });
            }
            setFile(id, { stage: 1, opened });
          })();
        }
      },
      removeFile(file) {
        void worker.current!.ask({ kind: 'forget', file });
        update((s) => ({
          files: s.files.filter((f) => f.id !== file),
          shown: s.shown?.file === file ? null : s.shown,
          notice: null,
        }));
      },
      saveSettings(settings) {
        update(() => ({
          overrides: settings,
          notice: { text: m().page.settingsApplied, intent: 'success', at: 'settings' },
        }));
        void recheck({ overrides: settings, lang: current.current.lang });
      },
      show(shown) {
        // Another cell of the sheet drawn: its picture is the one there.
        const before = current.current.shown;
        const same = before && shown && before.file === shown.file && before.sheet === shown.sheet;
        const asked = shown && { ...shown, picture: same ? before.picture : undefined };
        update(() => ({ shown: asked }));
        if (!asked || asked.picture !== undefined) return;
        void worker
          .current!.ask<SheetPicture | null>({ kind: 'picture', file: asked.file, sheet: asked.sheet })
          .catch(() => null)
          .then((picture) =>
            // Drawn only if the user is still looking at that issue.
            update((s) => (s.shown === asked ? { shown: { ...asked, picture } } : {})),
          );
      },
      downloadRecalculated(file) {
        const name = recalculatedName(nameOf(file), m().page.recalculatedSuffix);
        void build(
          () => worker.current!.ask<Built>({ kind: 'recalculate', file, context: context() }),
          name,
          file,
        );
      },
      downloadSummary() {
        // Every file read, those that could not be read too: the 汇总表 lists them as not counted.
        const files = current.current.files.filter((f) => f.opened !== null).map((f) => f.id);
        void build(
          () => worker.current!.ask<Built>({ kind: 'summary', files, context: context() }),
          m().page.summaryName,
          'tools',
        );
      },
      downloadTemplate(levelSet) {
        void build(
          () => worker.current!.ask<Built>({ kind: 'template', levelSet, lang: current.current.lang }),
          m().page.templateName,
          'tools',
        );
      },
      downloadFromTargets(file, fundUnit) {
        const name = recalculatedName(nameOf(file), m().page.fromTargetsSuffix).replace(/\.xlsm$/, '.xlsx');
        void build(
          () =>
            worker.current!.ask<Built | null>({
              kind: 'fromTargets',
              file,
              fundUnit,
              lang: current.current.lang,
            }),
          name,
          file,
          m().ui.noDeclarations,
        );
      },
    };
  }, [build, recheck, setFile, update]);

  return [state, actions];
}

/** A line per name that several files dropped together share, saying how each is listed. */
function sameNameNotes(files: File[], names: string[], m: WithFiles): string[] {
  const byName = new Map<string, string[]>();
  files.forEach((file, i) => byName.set(file.name, [...(byName.get(file.name) ?? []), names[i]]));
  return [...byName]
    .filter(([, listed]) => listed.length > 1)
    .map(([name, listed]) =>
      format(m.pageFiles.sameNames, {
        count: listed.length,
        name,
        names: listed.join(m.pageFiles.nameSeparator),
      }),
    );
}
