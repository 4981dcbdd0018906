// A labelled group of radio buttons for one setting or option.

import { Field, Radio, RadioGroup } from '@fluentui/react-components';

interface Props<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
  layout?: 'vertical' | 'horizontal';
}

export function ChoiceField<T extends string>({ label, value, options, onChange, layout }: Props<T>) {
  return (
    <Field label={label}>
      <RadioGroup layout={layout} value={value} onChange={(_, data) => onChange(data.value as T)}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
