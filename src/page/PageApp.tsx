// The offline page: a title with the language switch, the drop zone and overall progress, the
// tools, then a card per dropped file; the print view beside it while the browser prints.

import {
  Button,
  Divider,
  FluentProvider,
  ProgressBar,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { format, messages, type Lang } from '../i18n';
import { fileMessages } from '../i18n/files';
import { MessagesContext } from '../taskpane/messages-context';
import { DropZone } from './DropZone';
import { FileCard } from './FileCard';
import { NoticeBar } from './Notice';
import { PrintView } from './PrintView';
import { Tools } from './Tools';
import { usePage } from './usePage';
import { usePrinting } from './usePrinting';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1100px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  heading: { margin: 0 },
});

const OTHER: Record<Lang, Lang> = { 'zh-CN': 'en', en: 'zh-CN' };

export function PageApp({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [state, actions] = usePage(initialLang);
  const printing = usePrinting();
  // The page shows the words for files (its file cards, the print view) as well.
  const m = fileMessages(state.lang, 'page');
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = m.page.title;
  }, [state.lang, m]);
  // One bar for everything dropped: each file counts 1 once read, its stage (0–1) before.
  const reading = state.files.filter((f) => !f.opened);
  const progress = reading.length
    ? state.files.reduce((n, f) => n + (f.opened ? 1 : f.stage), 0) / state.files.length
    : null;
  const readingLine = format(m.page.reading, {
    done: state.files.length - reading.length,
    total: state.files.length,
  });
  const anyForms = state.files.some(
    (f) => f.opened && 'reports' in f.opened && f.opened.reports.some((r) => r.forms.length),
  );
  return (
    <MessagesContext.Provider value={m}>
      <FluentProvider theme={webLightTheme}>
        <main className={`${styles.main} selfeval-screen`} aria-busy={state.busy || progress !== null}>
          <header className={styles.header}>
            <Title3 as="h1" className={styles.heading}>
              {m.page.title}
            </Title3>
            <Button
              appearance="subtle"
              lang={OTHER[state.lang]}
              onClick={() => actions.setLang(OTHER[state.lang])}
            >
              {messages(OTHER[state.lang]).page.languageName}
            </Button>
          </header>
          <DropZone onFiles={actions.addFiles} />
          {progress !== null && (
            <>
              <ProgressBar value={progress} aria-label={readingLine} />
              <p role="status">{readingLine}</p>
            </>
          )}
          <NoticeBar notice={state.notice} at="files" />
          <Tools
            busy={state.busy}
            notice={state.notice}
            anyForms={anyForms}
            overrides={state.overrides}
            onSummary={actions.downloadSummary}
            onTemplate={actions.downloadTemplate}
            onSettings={actions.saveSettings}
          />
          <Divider />
          {state.files.map((file) => (
            <FileCard
              key={file.id}
              file={file}
              shown={state.shown?.file === file.id ? state.shown : null}
              notice={state.notice?.at === file.id ? state.notice : null}
              busy={state.busy}
              actions={actions}
            />
          ))}
        </main>
        {printing && <PrintView files={state.files} />}
      </FluentProvider>
    </MessagesContext.Provider>
  );
}
