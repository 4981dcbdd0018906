// Progress while an action runs, then its error or its result (a line, or a line per form made).
// A live region, so a screen reader hears the result without moving focus.

import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  makeStyles,
} from '@fluentui/react-components';
import { useMessages } from './messages-context';

interface Props {
  busy: boolean;
  error: string | null;
  notice: string | null;
}

// A result of several lines (a line per form made) keeps them.
const useStyles = makeStyles({ body: { whiteSpace: 'pre-line' } });

export function StatusArea({ busy, error, notice }: Props) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <div aria-live="polite">
      {busy && (
        <Field validationMessage={m.ui.working} validationState="none">
          <ProgressBar aria-label={m.ui.working} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{m.ui.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody className={styles.body}>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
