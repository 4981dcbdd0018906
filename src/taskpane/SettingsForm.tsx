// Settings stored in the workbook: rounding, the 反向指标 rule, the over-completion threshold and
// whether our score overwrites a typed one. Edited as a draft, written on Save.

import { useEffect, useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import {
  isOverCompletionFactor,
  type ReverseRule,
  type RoundingMode,
  type Settings,
} from '../core/model/settings';
import { ChoiceField } from './ChoiceField';
import { useMessages } from './messages-context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  save: { alignSelf: 'flex-start' },
});

interface Props {
  settings: Settings;
  busy: boolean;
  onSave(settings: Settings): void;
}

export function SettingsForm({ settings, busy, onSave }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  // The threshold as typed, so a half-typed number ('1.') is not reformatted under the cursor.
  const [thresholdText, setThresholdText] = useState(String(settings.overCompletion));
  useEffect(() => {
    setDraft(settings);
    setThresholdText(String(settings.overCompletion));
  }, [settings]);
  const threshold = Number(thresholdText);
  const thresholdValid = isOverCompletionFactor(threshold);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (thresholdValid) onSave({ ...draft, overCompletion: threshold });
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <ChoiceField<RoundingMode>
        label={m.ui.rounding}
        value={draft.rounding}
        options={[
          { value: 'half-up', label: m.ui.roundingHalfUp },
          { value: 'down', label: m.ui.roundingDown },
        ]}
        onChange={(rounding) => setDraft({ ...draft, rounding })}
      />
      <ChoiceField<ReverseRule>
        label={m.ui.reverseRule}
        value={draft.reverseRule}
        options={[
          { value: 'linear', label: m.ui.reverseLinear },
          { value: 'ratio', label: m.ui.reverseRatio },
        ]}
        onChange={(reverseRule) => setDraft({ ...draft, reverseRule })}
      />
      <Field label={m.ui.overCompletion} validationState={thresholdValid ? 'none' : 'error'}>
        <Input
          type="number"
          min={1}
          step={0.05}
          value={thresholdText}
          onChange={(_, data) => setThresholdText(data.value)}
        />
      </Field>
      <Checkbox
        checked={draft.force}
        label={m.ui.force}
        onChange={(_, data) => setDraft({ ...draft, force: data.checked === true })}
      />
      <Button type="submit" className={styles.save} disabledFocusable={busy || !thresholdValid}>
        {m.ui.saveSettings}
      </Button>
    </form>
  );
}
