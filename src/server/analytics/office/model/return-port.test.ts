import { describe, expect, it } from 'vitest';
import { OTHER_PORT, returnPortLabel } from './return-port.ts';

describe('returnPortLabel', () => {
  it('names the MPP port a recorded port refers to, by either side of the border or its bridge', () => {
    expect(returnPortLabel('El Paso POE (Paso del Norte)')).toBe('El Paso');
    expect(returnPortLabel('Brownsville POE (Gateway International Bridge)')).toBe('Brownsville');
    expect(returnPortLabel('LAREDO POE (Gateway to the Americas)')).toBe('Laredo');
    expect(returnPortLabel('San Ysidro POE')).toBe('San Ysidro');
    expect(returnPortLabel('Puente Internacional, Ciudad Juárez')).toBe('El Paso');
    expect(returnPortLabel('Mexicali')).toBe('Calexico');
  });

  it('publishes nothing else that was typed: a port it does not recognise is "other"', () => {
    expect(returnPortLabel('Synthetic Person Name')).toBe(OTHER_PORT);
    expect(returnPortLabel('Pasadena')).toBe(OTHER_PORT); // "pas" is no port: names match as whole words
    expect(returnPortLabel('')).toBe(OTHER_PORT);
  });
});
