// A part of the pane that starts folded (the settings): native <details>, so it opens with
// Enter / Space and screen readers announce it as expandable without extra code.

import type { ReactNode } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  summary: { ...typographyStyles.subtitle2, cursor: 'pointer', marginBottom: tokens.spacingVerticalS },
});

export function Disclosure({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details>
      <summary className={styles.summary}>{title}</summary>
      {children}
    </details>
  );
}
