// One issue: its message and cell; a real button, so Enter / Space select the cell too. An issue
// about a whole sheet (no cell) takes the user to that sheet. The offline page, which lists the
// issues of forty workbooks, draws it `light`: a native button styled as Fluent's subtle one,
// which took some 4 ms each to draw and held the page for seconds.

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
  light: {
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  lightCell: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

interface Props {
  issue: Issue;
  onSelect(sheet: string, cell: string): void;
  /** A native button rather than Fluent's: quicker to draw by the hundred. */
  light?: boolean;
}

export function IssueItem({ issue, onSelect, light }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const where = issue.cell ? format(m.ui.issueCell, { sheet: issue.sheet, cell: issue.cell }) : issue.sheet;
  const title = format(m.ui.goToCell, { cell: where });
  const select = () => onSelect(issue.sheet, issue.cell);
  if (light)
    return (
      <button type="button" className={`${styles.button} ${styles.light}`} title={title} onClick={select}>
        <span>{issue.message}</span>
        <span className={`${styles.cell} ${styles.lightCell}`}>{where}</span>
      </button>
    );
  return (
    <Button appearance="subtle" className={styles.button} title={title} onClick={select}>
      <span>{issue.message}</span>
      <Caption1 className={styles.cell}>{where}</Caption1>
    </Button>
  );
}
