// A labelled file chooser with its hint and its message beside it.
import { Field } from '../../components/field.tsx';

export function FileField({ id, label, hint, error, onChange }: {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  onChange: (file: File | null) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="file"
        className="usa-input padding-1 height-auto"
        accept="application/pdf,image/png,image/jpeg,image/tiff"
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </Field>
  );
}
