// Recording whether the person attended a hearing: two buttons, each naming the person and the hearing for a
// screen reader; the server refuses a hearing that has not yet begun, and the refusal shows here.
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';

interface Props {
  proceedingId: string;
  hearingId: string;
  at: string;
  name: string;
  onDone: () => void;
}

export function AttendanceButtons({ proceedingId, hearingId, at, name, onDone }: Props) {
  const { t, i18n } = useTranslation('court');
  const act = useAct(onDone);
  const when = formatInstant(at, i18n.language);
  const record = (attendance: 'attended' | 'missed') =>
    void act.run(() =>
      unwrap(
        api.POST('/api/v1/proceedings/{proceedingId}/hearings/{hearingId}/attendance', {
          params: { path: { proceedingId, hearingId } },
          body: { attendance },
        }),
      ),
    );
  return (
    <>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <ButtonGroup type="segmented">
        <Button type="button" outline disabled={act.working} aria-label={t('recordAttendedFor', { name, at: when })} onClick={() => record('attended')}>
          {t('recordAttended')}
        </Button>
        <Button type="button" outline disabled={act.working} aria-label={t('recordMissedFor', { name, at: when })} onClick={() => record('missed')}>
          {t('recordMissed')}
        </Button>
      </ButtonGroup>
    </>
  );
}
