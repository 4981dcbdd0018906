// Progress while an action runs, then its error or its one-line result. A live region, so a
// screen reader hears the result without moving focus.

import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from '@fluentui/react-components';
import { useMessages } from './messages-context';

interface Props {
  busy: boolean;
  error: string | null;
  notice: string | null;
}

export function StatusArea({ busy, error, notice }: Props) {
  const m = useMessages();
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
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
