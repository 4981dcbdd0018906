// What the page says after something the user did (a download made, settings saved, files
// replaced), drawn where they did it: beside the card or button they clicked, not at the top of a
// page they may have scrolled far down.

import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';

// A notice of several lines (a line per form made) keeps them.
const useStyles = makeStyles({ body: { whiteSpace: 'pre-line' } });

/** Where a notice is drawn: a file's card (its id), under the drop zone, the tools or the settings. */
export type NoticePlace = number | 'files' | 'tools' | 'settings';

export interface Notice {
  /** One line, or several separated by newlines. */
  text: string;
  /** success: done as asked; warning: done, but not all of it (a protected sheet); error: not done. */
  intent: 'success' | 'warning' | 'error' | 'info';
  at: NoticePlace;
}

/** The notice, if it belongs at `at`. */
export function NoticeBar({ notice, at }: { notice: Notice | null; at: NoticePlace }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const shown = notice && notice.at === at ? notice : null;
  // Below a button at the foot of the window, a notice would be drawn out of view: brought into it,
  // scrolling no further than needed.
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown]);
  if (!shown) return null;
  return (
    <MessageBar ref={ref} intent={shown.intent} data-intent={shown.intent} data-testid="notice">
      <MessageBarBody className={styles.body}>{shown.text}</MessageBarBody>
    </MessageBar>
  );
}
