// Every error code the API can answer with, in the reader's language. The server's English sentence is the
// fallback only: a page renders the error from its code and details.
import type { ErrorCode } from '../../domain/errors.ts';
import { defineMessages } from './define-messages.ts';

type ByCode = Record<ErrorCode | 'NETWORK', string>;

const en: ByCode = {
  VALIDATION_FAILED: 'Some of what you entered cannot be accepted. Correct the fields marked below and try again.',
  NOT_FOUND: 'There is no such record, or you have no need to know it. Check the address or the number.',
  CONFLICT: 'This record changed or the value is already taken. Reload the page and try again.',
  INVALID_TRANSITION: 'This step cannot be taken at the record’s present stage. Reload the page to see where it stands.',
  LEGAL_STANDARD_MISMATCH:
    'A determination must be made under this screening’s own legal standard. Choose the standard shown on the page.',
  NOT_ASSIGNED: 'This screening is not assigned to you. Ask your supervisor to assign it.',
  FORBIDDEN: 'Your role does not allow this. Ask an administrator if you need it.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins. Try again after {{retryAfter}}.',
  PAYLOAD_TOO_LARGE: 'What you sent is too large. Send a smaller file or a shorter text.',
  EXEMPT_GROUP: 'This person belongs to a group exempt from MPP. Record an override reason to go on.',
  NO_IJ_REVIEW: 'The law gives no review by an immigration judge of this determination.',
  STORE_UNAVAILABLE: 'The case store cannot be reached just now. Try again in a minute.',
  LEDGER_BROKEN: 'The ledger failed verification. Stop and tell your administrator.',
  IMPORT_FAILED: 'The court data could not be imported; the previous data is intact.',
  INVALID_CONFIGURATION: 'The server is not configured correctly. Tell your administrator.',
  NO_COURT_DATA:
    'No court data has been imported yet, so there are no court figures to show. Our office’s figures are below.',
  COURT_DATA_IMPORTING: 'The court data is being imported. Its figures follow in a minute: reload the page then.',
  INTERNAL: 'Something went wrong that Refuge did not expect. Try again, and report it if it persists.',
  NETWORK: 'The server could not be reached. Check your connection and try again.',
};

const es: ByCode = {
  VALIDATION_FAILED:
    'Parte de lo que ingresó no se puede aceptar. Corrija los campos marcados abajo e intente de nuevo.',
  NOT_FOUND: 'No existe ese expediente, o usted no tiene necesidad de conocerlo. Revise la dirección o el número.',
  CONFLICT: 'Este expediente cambió o el valor ya está en uso. Vuelva a cargar la página e intente de nuevo.',
  INVALID_TRANSITION:
    'Este paso no se puede dar en la etapa actual del expediente. Vuelva a cargar la página para ver su estado.',
  LEGAL_STANDARD_MISMATCH:
    'La determinación debe tomarse bajo el estándar legal propio de esta evaluación. Elija el estándar que muestra la página.',
  NOT_ASSIGNED: 'Esta evaluación no le está asignada. Pida a su supervisor que se la asigne.',
  FORBIDDEN: 'Su función no permite esto. Pídalo a un administrador si lo necesita.',
  UNAUTHENTICATED: 'Su sesión terminó. Inicie sesión de nuevo.',
  TOO_MANY_ATTEMPTS: 'Demasiados intentos fallidos. Intente de nuevo después de {{retryAfter}}.',
  PAYLOAD_TOO_LARGE: 'Lo que envió es demasiado grande. Envíe un archivo más pequeño o un texto más corto.',
  EXEMPT_GROUP: 'Esta persona pertenece a un grupo exento del MPP. Registre un motivo de excepción para continuar.',
  NO_IJ_REVIEW: 'La ley no prevé revisión por un juez de inmigración de esta determinación.',
  STORE_UNAVAILABLE: 'No se puede acceder al almacén de casos en este momento. Intente de nuevo en un minuto.',
  LEDGER_BROKEN: 'El registro falló la verificación. Deténgase y avise a su administrador.',
  IMPORT_FAILED: 'No se pudieron importar los datos del tribunal; los datos anteriores están intactos.',
  INVALID_CONFIGURATION: 'El servidor no está bien configurado. Avise a su administrador.',
  NO_COURT_DATA:
    'Aún no se han importado datos de los tribunales, así que no hay cifras de los tribunales que mostrar. Las cifras de nuestra oficina están abajo.',
  COURT_DATA_IMPORTING:
    'Se están importando los datos de los tribunales. Sus cifras llegarán en un minuto: vuelva a cargar la página entonces.',
  INTERNAL: 'Ocurrió algo que Refuge no esperaba. Intente de nuevo e infórmelo si persiste.',
  NETWORK: 'No se pudo contactar al servidor. Revise su conexión e intente de nuevo.',
};

export const errorMessages = defineMessages({
  en: {
    heading: 'That did not work',
    code: en,
    field: {
      required: 'Fill in this field.',
      invalid: 'This value cannot be accepted: {{message}}',
    },
  },
  es: {
    heading: 'No se pudo completar',
    code: es,
    field: {
      required: 'Complete este campo.',
      invalid: 'Este valor no se puede aceptar: {{message}}',
    },
  },
});
