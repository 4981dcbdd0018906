// Insert template: a new sheet with a blank standard form of the chosen indicator set.

import { useState } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useMessages } from './messages-context';
import { DEFAULT_LEVEL_SET, LEVEL_SET_YEARS, type LevelSetYear } from '../core/model/vocabulary';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, minWidth: '12em' },
  button: { flexShrink: 0, whiteSpace: 'nowrap' },
});

interface Props {
  busy: boolean;
  onInsert(levelSet: LevelSetYear): void;
  /** The button's words (the offline page downloads the template instead of inserting it). */
  label?: string;
}

export function TemplateControls({ busy, onInsert, label }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const [levelSet, setLevelSet] = useState<LevelSetYear>(DEFAULT_LEVEL_SET);
  return (
    <div className={styles.row}>
      <Field label={m.ui.levelSet} className={styles.select}>
        <Select value={levelSet} onChange={(_, data) => setLevelSet(data.value as LevelSetYear)}>
          {LEVEL_SET_YEARS.map((year) => (
            <option key={year} value={year}>
              {m.ui[`levelSet${year}`]}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        className={styles.button}
        icon={<TableAddRegular />}
        disabledFocusable={busy}
        onClick={() => onInsert(levelSet)}
      >
        {label ?? m.ui.insertTemplate}
      </Button>
    </div>
  );
}
