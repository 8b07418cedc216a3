// Hand-set priors for who the respondents are, where the stats file has nothing (it lists fields with fewer
// than 25 distinct values only): nationality mixes, language by nationality, and home cities.

/** Nationality shares of the whole docket (approximate, recent-heavy); the rest spread over every other code. */
// prettier-ignore
export const NATIONALITY_WEIGHTS: Readonly<Record<string, number>> = {
  MX: 26, GT: 11, HO: 10, ES: 10, VE: 5, CU: 4, EC: 4, CH: 3, NU: 3, CO: 3, HA: 2.5, IN: 2, BR: 1.5,
  DR: 1.2, PE: 1, RU: 0.6, SG: 0.5, MR: 0.4, BG: 0.4, PK: 0.4, NP: 0.3, UE: 0.3, JM: 0.3, RO: 0.3, AF: 0.2,
  TU: 0.3, UZ: 0.2, ER: 0.1, ET: 0.1, RP: 0.2, VM: 0.1, NI: 0.2, GH: 0.2, CM: 0.2, AO: 0.1, AL: 0.1, UN: 0.05,
};

/** Weight given to the long tail: all other codes of tblLookupNationality together. */
export const OTHER_NATIONALITIES_WEIGHT = 4;

/** Nationality shares among MPP enrollees (Central Americans and Cubans; almost no Mexicans). */
// prettier-ignore
export const MPP_NATIONALITY_WEIGHTS: Readonly<Record<string, number>> = {
  HO: 31, GT: 24, ES: 14, CU: 9, NU: 6, EC: 6, VE: 5, BR: 3, CO: 1, PE: 0.5, DR: 0.3, MX: 0.1,
};

/** Languages by nationality (code → weight); nationalities not listed speak ENG or a random language. */
// prettier-ignore
export const LANGUAGE_BY_NATIONALITY: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  MX: { SP: 97, ENG: 3 }, GT: { SP: 78, QUI: 9, MAM: 9, ENG: 4 }, HO: { SP: 95, CAB: 2, ENG: 3 },
  ES: { SP: 97, ENG: 3 }, VE: { SP: 98, ENG: 2 }, CU: { SP: 99, ENG: 1 }, EC: { SP: 97, QUI: 1, ENG: 2 },
  NU: { SP: 98, ENG: 2 }, CO: { SP: 98, ENG: 2 }, PE: { SP: 98, ENG: 2 }, DR: { SP: 97, ENG: 3 },
  CH: { MAN: 70, FUK: 22, CAN: 5, ENG: 3 }, HA: { CRE: 94, FR: 3, ENG: 3 }, IN: { PUN: 45, HIN: 30, GUJ: 20, ENG: 5 },
  BR: { POR: 96, ENG: 4 }, RU: { RUS: 95, ENG: 5 }, UE: { UK: 50, RUS: 45, ENG: 5 }, SG: { WLF: 60, FR: 35, ENG: 5 },
  MR: { AR: 60, WLF: 20, FR: 15, ENG: 5 }, BG: { BEN: 95, ENG: 5 }, PK: { UR: 80, PUN: 15, ENG: 5 },
  NP: { NEP: 95, ENG: 5 }, AF: { PUS: 50, FAR: 45, ENG: 5 }, TU: { TU: 95, ENG: 5 }, UZ: { UZB: 70, RUS: 25, ENG: 5 },
  ER: { AMH: 40, AR: 20, ENG: 40 }, ET: { AMH: 90, ENG: 10 }, RP: { TAG: 70, ENG: 30 }, VM: { VIE: 95, ENG: 5 },
  AL: { ALB: 95, ENG: 5 }, JM: { ENG: 100 }, NI: { ENG: 100 }, GH: { ENG: 100 }, CM: { FR: 60, ENG: 40 },
  AO: { POR: 90, ENG: 10 },
};

/** A home city as the release has it: upper case, at most 15 characters (ALIEN_CITY is varchar(15)). */
export interface HomeCity {
  readonly city: string;
  readonly state: string;
  readonly zip3: string;
  readonly weight: number;
}

function cities(list: string): HomeCity[] {
  return list.split(';').map((entry) => {
    const [city = '', state = '', zip3 = '', weight = '1'] = entry.split('|');
    return { city, state, zip3, weight: Number(weight) };
  });
}

/** Plain-ASCII home cities, weighted roughly by where respondents live. */
export const HOME_CITIES: readonly HomeCity[] = cities(
  'HOUSTON|TX|770|8;LOS ANGELES|CA|900|7;NEW YORK|NY|100|6;MIAMI|FL|331|5;BROOKLYN|NY|112|3;QUEENS|NY|113|2;' +
    'DALLAS|TX|752|4;CHICAGO|IL|606|3;SAN ANTONIO|TX|782|3;SAN FRANCISCO|CA|941|2;SAN DIEGO|CA|921|2;' +
    'EL PASO|TX|799|2;ATLANTA|GA|303|3;CHARLOTTE|NC|282|2;BOSTON|MA|021|2;NEWARK|NJ|071|2;ELIZABETH|NJ|072|1;' +
    'PHOENIX|AZ|850|2;DENVER|CO|802|2;SEATTLE|WA|981|1;ORLANDO|FL|328|2;TAMPA|FL|336|1;NASHVILLE|TN|372|1;' +
    'MEMPHIS|TN|381|1;NEW ORLEANS|LA|701|1;BALTIMORE|MD|212|1;SILVER SPRING|MD|209|1;HYATTSVILLE|MD|207|1;' +
    'PHILADELPHIA|PA|191|1;FORT WORTH|TX|761|1;AUSTIN|TX|787|1;LAS VEGAS|NV|891|1;SALT LAKE CITY|UT|841|1;' +
    'WEST PALM BEACH|FL|334|1;FORT MYERS|FL|339|1;SANTA ANA|CA|927|1;SAN BERNARDINO|CA|924|1;OAKLAND|CA|946|1;' +
    'SAN JOSE|CA|951|1;HARLINGEN|TX|785|0.5;BROWNSVILLE|TX|785|1;MCALLEN|TX|785|1;LAREDO|TX|780|0.5;' +
    'OMAHA|NE|681|0.5;KANSAS CITY|MO|641|0.5;INDIANAPOLIS|IN|462|0.5;COLUMBUS|OH|432|0.5;CLEVELAND|OH|441|0.3;' +
    'DETROIT|MI|482|0.5;MINNEAPOLIS|MN|554|0.5;PORTLAND|OR|972|0.5;BRONX|NY|104|2;STATEN ISLAND|NY|103|0.3;' +
    'JERSEY CITY|NJ|073|1;PATERSON|NJ|075|0.5;HARTFORD|CT|061|0.3;PROVIDENCE|RI|029|0.3;RALEIGH|NC|276|0.5;' +
    'GREENSBORO|NC|274|0.3;COLUMBIA|SC|292|0.3;BIRMINGHAM|AL|352|0.3;LITTLE ROCK|AR|722|0.3;TULSA|OK|741|0.3;' +
    'ALBUQUERQUE|NM|871|0.3;TUCSON|AZ|857|0.5;SACRAMENTO|CA|958|0.5;FRESNO|CA|937|0.5;RICHMOND|VA|232|0.3;' +
    'ALEXANDRIA|VA|223|0.5;ANNANDALE|VA|220|0.3;WOODBRIDGE|VA|221|0.3;CONROE|TX|773|0.2;LOS FRESNOS|TX|785|0.2',
);

/** Cities spelled with Latin-1 letters (or, for O’FALLON, the cp1252-only byte 0x92), written as single bytes. */
export const LATIN1_CITIES: readonly HomeCity[] = cities(
  'PEÑUELAS|PR|006|1;CATAÑO|PR|009|1;BAYAMÓN|PR|009|1;MAYAGÜEZ|PR|006|1;ESPAÑOLA|NM|875|1;CAÑON CITY|CO|812|1;' +
    'DOÑA ANA|NM|880|1;SAN JOSÉ|CA|951|1;RÍO GRANDE|PR|007|1;MANATÍ|PR|006|1;O\u0092FALLON|MO|633|1',
);
