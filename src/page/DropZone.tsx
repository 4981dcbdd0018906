// Where workbooks come in: dropped anywhere on the page or picked with the file chooser, one or
// many at a time. A file dropped beside the zone is taken too, rather than the browser leaving
// the page to open it.

import { useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../taskpane/messages-context';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { display: 'none' },
});

// .xls, .et and .ods cannot be read in a browser, but picked they get a line saying what to do.
export const ACCEPTED = '.xlsx,.xlsm,.xls,.et,.ods';

export function DropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const m = useMessages();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  useEffect(() => {
    const allow = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      if (event.dataTransfer?.files.length) onFiles(Array.from(event.dataTransfer.files));
    };
    window.addEventListener('dragover', allow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', allow);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
    >
      <p>{m.page.intro}</p>
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {m.page.pick}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPTED}
        aria-label={m.page.pick}
        onChange={(event) => {
          if (event.target.files?.length) onFiles(Array.from(event.target.files));
          event.target.value = '';
        }}
      />
    </div>
  );
}
