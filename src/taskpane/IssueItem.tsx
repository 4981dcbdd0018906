// One issue: its message and cell; a real button, so Enter / Space select the cell too. An issue
// about a whole sheet (no cell) takes the user to that sheet.

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../core/model/issue';
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
      title={format(m.ui.goToCell, { cell: where })}
      onClick={() => onSelect(issue.sheet, issue.cell)}
    >
      <span>{issue.message}</span>
      <Caption1 className={styles.cell}>{where}</Caption1>
    </Button>
  );
}
