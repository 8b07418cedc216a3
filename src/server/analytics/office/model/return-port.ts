// The port of a return to Mexico as a closed category. Intake records the port as text; statistics publish only
// the MPP ports of entry by name, so nothing typed into the field (a misspelling, a person's name) is ever shown.

/** An MPP port of entry and the names (US side, Mexican side, bridge) that identify it in a recorded port. */
interface ReturnPort {
  readonly label: string;
  readonly names: readonly string[];
}

/** The ports through which people were returned under MPP (2019–2022), west to east. */
export const RETURN_PORTS: readonly ReturnPort[] = [
  { label: 'San Ysidro', names: ['san ysidro', 'san diego', 'otay mesa', 'tijuana'] },
  { label: 'Calexico', names: ['calexico', 'mexicali'] },
  { label: 'Nogales', names: ['nogales'] },
  {
    label: 'El Paso',
    names: ['el paso', 'paso del norte', 'ysleta', 'bridge of the americas', 'ciudad juarez'],
  },
  { label: 'Eagle Pass', names: ['eagle pass', 'piedras negras'] },
  { label: 'Laredo', names: ['laredo', 'gateway to the americas'] },
  { label: 'Brownsville', names: ['brownsville', 'gateway international', 'matamoros'] },
];

/** The category of a recorded port that names none of the MPP ports. */
export const OTHER_PORT = 'other or unrecognised';

/** Every port category, in the order the statistics show them. */
export const RETURN_PORT_LABELS: readonly string[] = [...RETURN_PORTS.map((p) => p.label), OTHER_PORT];

const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ');

/** The port category of a recorded port (the first MPP port it names), or OTHER_PORT. */
export function returnPortLabel(recorded: string): string {
  const text = ` ${plain(recorded)} `;
  return (
    RETURN_PORTS.find((port) => port.names.some((name) => text.includes(` ${name} `)))?.label ?? OTHER_PORT
  );
}
