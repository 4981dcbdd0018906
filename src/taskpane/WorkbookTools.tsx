// The less frequent workbook actions: 从目标申报表生成 (a filled-in 自评表 for every 绩效目标申报表
// in the workbook) and 生成汇总表 (one linked row per form).

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowRightRegular, TableSimpleRegular } from '@fluentui/react-icons';
import { useMessages } from './messages-context';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onFormsFromTargets(): void;
  onInsertSummary(): void;
}

export function WorkbookTools({ busy, onFormsFromTargets, onInsertSummary }: Props) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      <Button icon={<DocumentArrowRightRegular />} disabledFocusable={busy} onClick={onFormsFromTargets}>
        {m.ui.fromTargets}
      </Button>
      <Button icon={<TableSimpleRegular />} disabledFocusable={busy} onClick={onInsertSummary}>
        {m.ui.insertSummary}
      </Button>
    </div>
  );
}
