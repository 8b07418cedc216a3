import { defineMessages } from '../../i18n/define-messages.ts';

export const intakeMessages = defineMessages({
  en: {
    title: 'New encounter',
    intro:
      'Record the person, the encounter and its pathway, and what followed. Fields marked optional may stay empty; everything else is required.',
    checkHeading: 'Some fields need attention',
    checkBody: 'Nothing has been recorded yet. Correct the fields marked below and record the encounter again.',
    mpp: 'MPP',
    mppChoice: 'What was decided on MPP',
    mppChoices: { enrol: 'Enrolled in MPP', exempt: 'Exempt from MPP', later: 'Not decided yet' },
    isReturned: 'Returned to Mexico to await the hearing',
    fear: 'Fear claim and referral',
    isFearClaimed: 'The person expressed fear: refer them for a screening',
    submit: 'Record the encounter',
    working: 'Recording…',
    partlyTitle: 'The encounter is only partly recorded',
    recordedHeading: 'Recorded',
    notRecordedHeading: 'Not recorded',
    refusedStep: '{{step}}: refused (see the message above)',
    notTriedStep: '{{step}}: not sent, because the step before it was refused',
    finishOnCase:
      'The case exists. Open it to record what is missing: its page offers each remaining act, and nothing recorded is lost.',
    openCase: 'Open the case to finish',
    steps: {
      case: 'The case (person and encounter)',
      enrolment: 'MPP enrolment',
      exemption: 'MPP exemption',
      return: 'Return to Mexico',
      fearClaim: 'Fear claim and referral',
    },
  },
  es: {
    title: 'Nuevo encuentro',
    intro:
      'Registre a la persona, el encuentro y su vía procesal, y lo que siguió. Los campos marcados como opcionales pueden quedar vacíos; todos los demás son obligatorios.',
    checkHeading: 'Algunos campos requieren atención',
    checkBody: 'Aún no se ha registrado nada. Corrija los campos marcados abajo y registre el encuentro de nuevo.',
    mpp: 'MPP',
    mppChoice: 'Qué se decidió sobre el MPP',
    mppChoices: { enrol: 'Inscrito en el MPP', exempt: 'Exento del MPP', later: 'Aún no decidido' },
    isReturned: 'Retornado a México para esperar la audiencia',
    fear: 'Reclamo de miedo y remisión',
    isFearClaimed: 'La persona expresó miedo: remitirla a una evaluación',
    submit: 'Registrar el encuentro',
    working: 'Registrando…',
    partlyTitle: 'El encuentro quedó registrado solo en parte',
    recordedHeading: 'Registrado',
    notRecordedHeading: 'No registrado',
    refusedStep: '{{step}}: rechazado (vea el mensaje de arriba)',
    notTriedStep: '{{step}}: no enviado, porque el paso anterior fue rechazado',
    finishOnCase:
      'El caso existe. Ábralo para registrar lo que falta: su página ofrece cada acto pendiente, y nada de lo registrado se pierde.',
    openCase: 'Abrir el caso para terminar',
    steps: {
      case: 'El caso (persona y encuentro)',
      enrolment: 'Inscripción en el MPP',
      exemption: 'Excepción del MPP',
      return: 'Retorno a México',
      fearClaim: 'Reclamo de miedo y remisión',
    },
  },
});
