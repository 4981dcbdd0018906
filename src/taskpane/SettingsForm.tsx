// Settings stored in the workbook: rounding, the 反向指标 rule, the over-completion threshold and
// whether our score overwrites a typed one. Edited as a draft, written on Save. The offline page
// lays the settings over each workbook's own, as command-line options do: there a setting may be
// left as each workbook's own (`own`), and only those given a value are saved.

import { useEffect, useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import {
  readOverCompletion,
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

type Props =
  | { settings: Settings; busy: boolean; own?: undefined; onSave(settings: Settings): void }
  | {
      /** The settings laid over each workbook's; one left out shows as the workbook's own. */
      settings: Partial<Settings>;
      busy: boolean;
      /** The words for a setting left as each workbook's own. */
      own: string;
      onSave(settings: Partial<Settings>): void;
    };

/** The choice that leaves a setting as each workbook stores it. */
const OWN = 'own';

export function SettingsForm({ settings, busy, own, onSave }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const [draft, setDraft] = useState<Partial<Settings>>(settings);
  // The threshold as typed, so a half-typed number ('1.') is not reformatted under the cursor.
  const shownThreshold = (s: Partial<Settings>) =>
    s.overCompletion === undefined ? '' : String(s.overCompletion);
  const [thresholdText, setThresholdText] = useState(shownThreshold(settings));
  useEffect(() => {
    setDraft(settings);
    setThresholdText(shownThreshold(settings));
  }, [settings]);
  // As --over-completion takes it: a number above 1, never silently another (a typed 1,5 is 1.5).
  const threshold = readOverCompletion(thresholdText);
  const thresholdOwn = own !== undefined && thresholdText.trim() === '';
  const thresholdValid = thresholdOwn || threshold !== null;
  /** A choice as the form shows it: each workbook's own when left out. */
  const choice = <K extends 'rounding' | 'reverseRule'>(key: K) => draft[key] ?? OWN;
  const choose = <K extends 'rounding' | 'reverseRule'>(key: K, value: Settings[K] | typeof OWN) => {
    const next = { ...draft };
    if (value === OWN) delete next[key];
    else next[key] = value;
    setDraft(next);
  };
  const ownOption = own === undefined ? [] : [{ value: OWN, label: own } as const];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!thresholdValid) return;
    const saved: Partial<Settings> = { ...draft };
    if (threshold === null) delete saved.overCompletion;
    else saved.overCompletion = threshold;
    // Not overwriting is every run's default (the command line without --force): nothing to lay over.
    if (own !== undefined && !saved.force) delete saved.force;
    (onSave as (settings: Partial<Settings>) => void)(saved);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <ChoiceField<RoundingMode | typeof OWN>
        label={m.ui.rounding}
        value={choice('rounding')}
        options={[
          ...ownOption,
          { value: 'half-up', label: m.ui.roundingHalfUp },
          { value: 'down', label: m.ui.roundingDown },
        ]}
        onChange={(rounding) => choose('rounding', rounding)}
      />
      <ChoiceField<ReverseRule | typeof OWN>
        label={m.ui.reverseRule}
        value={choice('reverseRule')}
        options={[
          ...ownOption,
          { value: 'linear', label: m.ui.reverseLinear },
          { value: 'ratio', label: m.ui.reverseRatio },
        ]}
        onChange={(reverseRule) => choose('reverseRule', reverseRule)}
      />
      <Field
        label={m.ui.overCompletion}
        validationState={thresholdValid ? 'none' : 'error'}
        validationMessage={thresholdValid ? undefined : m.ui.overCompletionRule}
      >
        {/* Text, not a number field: one drops a decimal comma (1,5 became 15) or a stray letter
            without a word, and the rule is said here instead. */}
        <Input
          inputMode="decimal"
          value={thresholdText}
          placeholder={own}
          onChange={(_, data) => setThresholdText(data.value)}
        />
      </Field>
      <Checkbox
        checked={draft.force === true}
        label={m.ui.force}
        onChange={(_, data) => setDraft({ ...draft, force: data.checked === true })}
      />
      <Button type="submit" className={styles.save} disabledFocusable={busy || !thresholdValid}>
        {m.ui.saveSettings}
      </Button>
    </form>
  );
}
