// A date and time the reader enters in their own local time, sent as an ISO instant.
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';

/** The `datetime-local` value of an instant, in the reader's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The instant of a `datetime-local` value, or null when it is empty or not a date. */
export function toInstant(local: string): string | null {
  if (local === '') return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

interface WhenFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A labelled date-and-time input with its hint and its message. */
export function WhenField({ id, label, value, onChange, error }: WhenFieldProps) {
  const { t } = useTranslation('acts');
  return (
    <Field id={id} label={label} hint={t('whenHint')} error={error}>
      <input
        className="usa-input"
        type="datetime-local"
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
