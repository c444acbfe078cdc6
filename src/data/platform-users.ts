/**
 * Social media user counts for Belgium and the Netherlands. Sources count different things (people in a
 * survey, accounts an ad tool can reach, a consultant's estimate), so each list keeps its own `measures`
 * and the pages never rank one list against another.
 */
import type { FigureSource } from './types';

/** A platform's user count, in people (not millions). */
export interface PlatformCount {
  platform: string;
  users: number;
}

/** A list of counts that share one source and one way of measuring. */
export interface UserCountList {
  id: string;
  country: 'België' | 'Nederland';
  source: FigureSource;
  counts: readonly PlatformCount[];
}

/** The figures as the 2019 article (Gerrit Vromant) gives them, with what later checks found. */
export const article2019Belgium: UserCountList = {
  id: 'artikel-2019-be',
  country: 'België',
  source: {
    name: 'Gerrit Vromant, “Waarom likes een vergiftigd geschenk zijn”',
    year: 2019,
    measures: 'actieve gebruikers zoals het artikel ze opgeeft',
    note: 'Instagram (NapoleonCat, december 2019) en LinkedIn (advertentiebereik, december 2018) kloppen met andere bronnen; Facebook 7,1 mln is één telling (andere tellingen: 7,3–7,5 mln); voor Twitter en Snapchat is de bron onbekend.',
  },
  counts: [
    { platform: 'Facebook', users: 7_100_000 },
    { platform: 'LinkedIn', users: 3_600_000 },
    { platform: 'Instagram', users: 3_500_000 },
    { platform: 'Snapchat', users: 2_950_000 },
    { platform: 'Twitter', users: 1_030_000 },
  ],
};

export const article2019Netherlands: UserCountList = {
  id: 'artikel-2019-nl',
  country: 'Nederland',
  source: {
    name: 'Newcom, Nationale Social Media Onderzoek',
    year: 2019,
    measures: 'gebruikers volgens een enquête onder Nederlanders (het cijfer dat het artikel van 2019 noemt)',
  },
  counts: [{ platform: 'Facebook', users: 10_100_000 }],
};

export const newcom2024: UserCountList = {
  id: 'newcom-2024',
  country: 'Nederland',
  source: {
    name: 'Newcom, Nationale Social Media Onderzoek',
    year: 2024,
    measures: 'gebruikers van 15 jaar en ouder, volgens een enquête; 14,3 mln gebruikers van social media in totaal',
  },
  counts: [
    { platform: 'Facebook', users: 10_100_000 },
    { platform: 'YouTube', users: 10_100_000 },
    { platform: 'Instagram', users: 8_000_000 },
    { platform: 'LinkedIn', users: 5_500_000 },
    { platform: 'Pinterest', users: 4_500_000 },
    { platform: 'TikTok', users: 4_300_000 },
    { platform: 'Snapchat', users: 3_800_000 },
    { platform: 'X', users: 3_200_000 },
  ],
};

export const newcom2025: UserCountList = {
  id: 'newcom-2025',
  country: 'Nederland',
  source: {
    name: 'Newcom, Nationale Social Media Onderzoek',
    year: 2025,
    measures:
      'gebruikers van 15 jaar en ouder, volgens een enquête over 2024; 14,4 mln gebruikers van social media in totaal, gemiddeld 115 minuten per dag',
    sample: 'ruim 6.400 Nederlanders',
    note: 'Het persbericht noemt per platform alleen deze cijfers; de totalen van de grote platformen staan in de lijst van 2024. X verloor in een jaar 450.000 gebruikers (−14 %). De link gaat naar het ANP-bericht over het onderzoek.',
    url: 'https://www.zeelandnet.nl/nieuws/meer-nederlanders-gebruiken-sociale-media-populariteit-x-daalt',
  },
  counts: [
    { platform: 'LinkedIn', users: 5_700_000 },
    { platform: 'X', users: 2_800_000 },
  ],
};

export const dataReportal2025Belgium: UserCountList = {
  id: 'datareportal-2025-be',
  country: 'België',
  source: {
    name: 'DataReportal, Digital 2025: Belgium',
    year: 2025,
    measures:
      'accounts die advertentietools kunnen bereiken (geen telling van personen); 8,98 mln gebruikers van social media, 76,4 % van de bevolking',
  },
  counts: [{ platform: 'Facebook', users: 6_400_000 }],
};

/** Share of Belgians on Facebook as the 2019 article gives it; matches 2022–2024 ad-reach figures better than 2019's. */
export const belgiansOnFacebookShare = {
  share: 0.7,
  source: {
    name: 'Gerrit Vromant, “Waarom likes een vergiftigd geschenk zijn”',
    year: 2019,
    measures: 'aandeel Belgen op Facebook zoals het artikel het noemt',
    note: 'Voor 2019 geven andere bronnen 60–66 %; 70 % past beter bij DataReportal 2022–2024 (advertentiebereik, 70 % van de volwassenen).',
  },
} as const;

/** Daily users of Facebook, Instagram, LinkedIn or YouTube in the Netherlands, per the 2019-era article (seed 001). */
export const dutchDailyUsers = {
  users: 11_000_000,
  population: 17_000_000,
  source: {
    name: 'Jerry, social-mediacoach, blogartikel over strategie op social media',
    year: null,
    measures:
      'Nederlanders die dagelijks Facebook, Instagram, LinkedIn of YouTube gebruiken, zoals het artikel het noemt',
    note: 'Het artikel geeft geen datum en geen bron voor dit cijfer; het verwijst naar de Instagram-tijdlijn die niet meer chronologisch is (sinds 2016).',
  },
} as const;

/** Every list, for lookups by id (`<UserCounts list="newcom-2025" />`). */
export const userCountLists: readonly UserCountList[] = [
  article2019Belgium,
  article2019Netherlands,
  newcom2024,
  newcom2025,
  dataReportal2025Belgium,
];
