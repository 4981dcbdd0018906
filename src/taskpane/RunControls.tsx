// Recalculate / Validate on this sheet or the whole workbook, and Undo last recalculation.
// While an action runs the buttons are disabled but keep focus, so a keyboard user stays put.

import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, ArrowUndoRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { ChoiceField } from './ChoiceField';
import { useMessages } from './messages-context';
import type { Scope } from './operations';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onRecalculate(scope: Scope): void;
  onValidate(scope: Scope): void;
  onUndo(): void;
}

export function RunControls({ busy, onRecalculate, onValidate, onUndo }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const [scope, setScope] = useState<Scope>('sheet');
  return (
    <>
      <ChoiceField<Scope>
        label={m.ui.scope}
        layout="horizontal"
        value={scope}
        options={[
          { value: 'sheet', label: m.ui.scopeSheet },
          { value: 'workbook', label: m.ui.scopeWorkbook },
        ]}
        onChange={setScope}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<ArrowSyncRegular />}
          disabledFocusable={busy}
          onClick={() => onRecalculate(scope)}
        >
          {m.ui.recalculate}
        </Button>
        <Button icon={<CheckmarkCircleRegular />} disabledFocusable={busy} onClick={() => onValidate(scope)}>
          {m.ui.validate}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabledFocusable={busy} onClick={onUndo}>
          {m.ui.undo}
        </Button>
      </div>
    </>
  );
}
