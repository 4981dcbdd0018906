// One issue: its message and cell; a real button, so Enter / Space select the cell too.

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../core/issue';
import { format } from '../i18n';
import { useMessages } from './messages-context';

const useStyles = makeStyles({
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  issue: Issue;
  onSelect(sheet: string, cell: string): void;
}

export function IssueItem({ issue, onSelect }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const where = issue.cell ? format(m.ui.issueCell, { sheet: issue.sheet, cell: issue.cell }) : issue.sheet;
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      title={issue.cell ? format(m.ui.goToCell, { cell: where }) : undefined}
      disabled={!issue.cell}
      onClick={() => onSelect(issue.sheet, issue.cell)}
    >
      <span>{issue.message}</span>
      <Caption1 className={styles.cell}>{where}</Caption1>
    </Button>
  );
}
