import { defineMessages } from '../../../i18n/define-messages.ts';

export const actsMessages = defineMessages({
  en: {
    required: 'Fill in this field.',
    submit: 'Record',
    working: 'Recording…',
    decline: {
      title: 'Decline on grounds of conscience',
      intro:
        'You may decline a screening you cannot conduct in conscience. It goes back to the office queue at once, unassigned, with its time limits, and is never offered to you again. Your supervisor sees your reason; the next officer does not.',
      reason: 'Your reason',
      submit: 'Decline this screening',
    },
    decide: {
      title: 'Determination',
      result: 'Result',
      positive: 'Positive: the standard is met',
      negative: 'Negative: the standard is not met',
      standard: 'Decided under',
      reasoning: 'Reasoning',
      reasoningHint: 'What the testimony shows, measured against the standard. The record keeps it, signed with your key.',
      submit: 'Sign and record the determination',
    },
    review: {
      title: 'Supervisory review',
      outcome: 'Outcome',
      concur: 'Concur with the determination',
      return: 'Return it for rework',
      note: 'Comment',
      noteHint: 'Required when you return it: what needs rework.',
      submit: 'Record the review',
    },
    serve: {
      title: 'Service on the person',
      at: 'Served on',
      submit: 'Record service',
    },
  },
  es: {
    required: 'Complete este campo.',
    submit: 'Registrar',
    working: 'Registrando…',
    decline: {
      title: 'Declinar por objeción de conciencia',
      intro:
        'Puede declinar una evaluación que en conciencia no puede realizar. Vuelve de inmediato a la cola de la oficina, sin asignar, con sus plazos, y nunca se le vuelve a ofrecer. Su supervisor ve su motivo; el siguiente oficial no.',
      reason: 'Su motivo',
      submit: 'Declinar esta evaluación',
    },
    decide: {
      title: 'Determinación',
      result: 'Resultado',
      positive: 'Positiva: se cumple el estándar',
      negative: 'Negativa: no se cumple el estándar',
      standard: 'Decidida según',
      reasoning: 'Fundamentos',
      reasoningHint: 'Lo que muestra el testimonio, medido con el estándar. El registro lo guarda, firmado con su clave.',
      submit: 'Firmar y registrar la determinación',
    },
    review: {
      title: 'Revisión del supervisor',
      outcome: 'Resultado',
      concur: 'Conforme con la determinación',
      return: 'Devolver para corregir',
      note: 'Comentario',
      noteHint: 'Obligatorio al devolver: qué hay que corregir.',
      submit: 'Registrar la revisión',
    },
    serve: {
      title: 'Notificación a la persona',
      at: 'Notificada el',
      submit: 'Registrar la notificación',
    },
  },
});
