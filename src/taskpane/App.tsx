// The task pane's root: Fluent UI's theme and the user's messages around the pane.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import { MessagesContext } from './messages-context';
import type { WorkbookOperations } from './operations';
import { Pane } from './Pane';

interface Props {
  messages: Messages;
  operations: WorkbookOperations;
}

export function App({ messages, operations }: Props) {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={messages}>
        <Pane operations={operations} />
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
