// The interview as held, with its testimony elements: whom the person fears, each harm already suffered (what,
// where, when) as its own row, the protected grounds claimed, torture, the language, interpreter and counsel.
import { Button, Checkbox, Fieldset, Form, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HARM_PLACES,
  PROTECTED_GROUNDS,
  type ProtectedGround,
} from '../../../../domain/screenings/screening.ts';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';
import { toInstant, toLocalInput, WhenField } from './when-field.tsx';

type Place = (typeof HARM_PLACES)[number];
interface HarmRow {
  key: number;
  kind: string;
  where: Place;
  when: string;
}

let rowKeys = 0;
const newRow = (): HarmRow => ({ key: ++rowKeys, kind: '', where: 'mexico', when: '' });

export function InterviewForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [at, setAt] = useState(toLocalInput(screening.interviewAt));
  const [fearOf, setFearOf] = useState('');
  const [harms, setHarms] = useState<HarmRow[]>([]);
  const [grounds, setGrounds] = useState<ProtectedGround[]>([]);
  const [torture, setTorture] = useState(false);
  const [language, setLanguage] = useState('');
  const [interpreter, setInterpreter] = useState(false);
  const [counsel, setCounsel] = useState(false);
  const [tried, setTried] = useState(false);

  const setHarm = (key: number, change: Partial<HarmRow>) =>
    setHarms((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const toggleGround = (ground: ProtectedGround, on: boolean) =>
    setGrounds((before) => (on ? [...before, ground] : before.filter((g) => g !== ground)));
  const isComplete =
    toInstant(at) !== null && language.trim() !== '' && harms.every((h) => h.kind.trim() !== '');

  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const instant = toInstant(at);
        if (!isComplete || instant === null) return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/interview', {
              params: { path: { screeningId: screening.id } },
              body: {
                at: instant,
                testimony: {
                  fearOf: fearOf
                    .split('\n')
                    .map((line) => line.trim())
                    .filter(Boolean),
                  harmSuffered: harms.map((h) => ({
                    kind: h.kind.trim(),
                    where: h.where,
                    when: h.when.trim() || null,
                  })),
                  protectedGrounds: PROTECTED_GROUNDS.filter((g) => grounds.includes(g)),
                  tortureClaimed: torture,
                  language: language.trim(),
                  interpreterUsed: interpreter,
                  counselPresent: counsel,
                },
              },
            }),
          ),
        );
      }}
    >
      <h3>{t('interview.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <WhenField
        id="interview-at"
        label={t('interview.at')}
        value={at}
        onChange={setAt}
        error={tried && toInstant(at) === null ? t('required') : fieldProblem(act.problem, 'at')}
      />
      <Field
        id="interview-fear-of"
        label={t('interview.fearOf')}
        hint={t('interview.fearOfHint')}
        error={fieldProblem(act.problem, 'testimony.fearOf')}
      >
        <Textarea
          id="interview-fear-of"
          name="fearOf"
          value={fearOf}
          onChange={(e) => setFearOf(e.target.value)}
        />
      </Field>

      <Fieldset legend={t('interview.harm')} className="margin-top-3">
        <p className="usa-hint">{t('interview.harmHint')}</p>
        {harms.map((h, index) => {
          const n = index + 1;
          const kindMissing = tried && h.kind.trim() === '';
          return (
            <Fieldset
              key={h.key}
              legend={t('interview.harmRow', { n })}
              className="border-1px border-base-lighter padding-2 margin-y-2"
              data-harm-row={n}
            >
              <Field
                id={`harm-${h.key}-kind`}
                label={t('interview.harmKind')}
                error={
                  kindMissing
                    ? t('required')
                    : fieldProblem(act.problem, `testimony.harmSuffered.${index}.kind`)
                }
              >
                <TextInput
                  id={`harm-${h.key}-kind`}
                  name={`harm-${n}-kind`}
                  type="text"
                  value={h.kind}
                  onChange={(e) => setHarm(h.key, { kind: e.target.value })}
                />
              </Field>
              <Field id={`harm-${h.key}-where`} label={t('interview.harmWhere')}>
                <Select
                  id={`harm-${h.key}-where`}
                  name={`harm-${n}-where`}
                  value={h.where}
                  onChange={(e) => setHarm(h.key, { where: e.target.value as Place })}
                >
                  {HARM_PLACES.map((place) => (
                    <option key={place} value={place}>
                      {t(`interview.where.${place}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={`harm-${h.key}-when`} label={t('interview.harmWhen')}>
                <TextInput
                  id={`harm-${h.key}-when`}
                  name={`harm-${n}-when`}
                  type="text"
                  maxLength={40}
                  value={h.when}
                  onChange={(e) => setHarm(h.key, { when: e.target.value })}
                />
              </Field>
              <Button
                type="button"
                unstyled
                className="margin-top-2"
                onClick={() => setHarms((rows) => rows.filter((row) => row.key !== h.key))}
              >
                {t('interview.removeHarm', { n })}
              </Button>
            </Fieldset>
          );
        })}
        <Button type="button" outline onClick={() => setHarms((rows) => [...rows, newRow()])}>
          {t('interview.addHarm')}
        </Button>
      </Fieldset>

      <Fieldset legend={t('interview.grounds')} className="margin-top-3">
        {PROTECTED_GROUNDS.map((ground) => (
          <Checkbox
            key={ground}
            id={`ground-${ground}`}
            name="protectedGrounds"
            value={ground}
            label={t(`interview.ground.${ground}`)}
            checked={grounds.includes(ground)}
            onChange={(e) => toggleGround(ground, e.target.checked)}
          />
        ))}
      </Fieldset>

      <Fieldset legend={t('interview.circumstances')} className="margin-top-3">
        <Checkbox
          id="interview-torture"
          name="tortureClaimed"
          label={t('interview.torture')}
          checked={torture}
          onChange={(e) => setTorture(e.target.checked)}
        />
        <Checkbox
          id="interview-interpreter"
          name="interpreterUsed"
          label={t('interview.interpreter')}
          checked={interpreter}
          onChange={(e) => setInterpreter(e.target.checked)}
        />
        <Checkbox
          id="interview-counsel"
          name="counselPresent"
          label={t('interview.counsel')}
          checked={counsel}
          onChange={(e) => setCounsel(e.target.checked)}
        />
        <Field
          id="interview-language"
          label={t('interview.language')}
          error={
            tried && language.trim() === '' ? t('required') : fieldProblem(act.problem, 'testimony.language')
          }
        >
          <TextInput
            id="interview-language"
            name="language"
            type="text"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          />
        </Field>
      </Fieldset>
      <Button type="submit" disabled={act.working} className="margin-top-3">
        {act.working ? t('working') : t('interview.submit')}
      </Button>
    </Form>
  );
}
