// What every act form receives: the screening as it is now, and what to do once the act is recorded.
import type { components } from '../../../api/api-types.ts';

export type ScreeningRecord = components['schemas']['ScreeningRecord'];

export interface ActFormProps {
  screening: ScreeningRecord;
  onDone: () => void;
}
