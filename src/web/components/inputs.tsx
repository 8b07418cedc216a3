// The inputs the record forms share: a labelled one-line text and a group of radio buttons with its legend, each
// with its message beside it (components/field.tsx), so every form reads and sounds the same.
import { Fieldset, Radio, Select, TextInput } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { Field } from './field.tsx';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoComplete?: string;
}

/** A labelled one-line text input. */
export function TextField({ id, label, hint, value, onChange, error, autoComplete }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <TextInput
        id={id}
        name={id}
        type="text"
        value={value}
        autoComplete={autoComplete ?? 'off'}
        validationStatus={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

interface ChoiceProps<V extends string> {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: ReactNode;
}

/** Radio buttons in a fieldset whose legend names the question; the message for the group sits under the legend. */
export function RadioGroup<V extends string>({ id, legend, options, value, onChange, error, hint }: ChoiceProps<V>) {
  return (
    <Fieldset legend={legend} className={`margin-top-3${error ? ' usa-form-group--error' : ''}`} id={id}>
      {hint && <div className="usa-hint">{hint}</div>}
      {error && (
        <span className="usa-error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {options.map((option) => (
        <Radio
          key={option.value}
          id={`${id}-${option.value}`}
          name={id}
          value={option.value}
          label={option.label}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      ))}
    </Fieldset>
  );
}

/** A labelled select with an empty first choice ("choose…"). */
export function SelectField<V extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  placeholder,
  hint,
}: ChoiceProps<V> & { placeholder: string; hint?: string }) {
  return (
    <Field id={id} label={legend} hint={hint} error={error}>
      <Select
        id={id}
        name={id}
        value={value}
        validationStatus={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
