import type { DimensionId } from './dimensions';

/** One statement the reader rates on the scale. */
export interface Statement {
  /** Stable id (never reuse one for a different text: stored and shared results depend on the set). */
  id: string;
  dimension: DimensionId;
  text: string;
  /**
   * True when agreeing points to a weak habit (e.g. "a post is good when it gets many likes"); such a
   * statement scores the other way round. Mixing both kinds keeps readers from agreeing on autopilot.
   */
  reversed: boolean;
}

/** The 18 statements, three per dimension, in the order the test asks them (dimensions interleaved). */
export const STATEMENTS: readonly Statement[] = [
  {
    id: 'doel-zin',
    dimension: 'doelen',
    text: 'Ik kan in één zin zeggen wat social media mijn bedrijf moet opleveren.',
    reversed: false,
  },
  {
    // Replaced 'meten-maand' (not reversed): every dimension needs one statement that counts the other way.
    id: 'meten-likes',
    dimension: 'meten',
    text: 'Of mijn social media werkt, zie ik vooral aan het aantal likes en volgers.',
    reversed: true,
  },
  {
    id: 'gesprek-antwoord',
    dimension: 'gesprek',
    text: 'Reageert iemand op een bericht van mij, dan antwoord ik binnen een dag.',
    reversed: false,
  },
  {
    id: 'inhoud-herkenning',
    dimension: 'inhoud',
    text: 'Mijn berichten gaan over vragen en problemen die mijn ideale klant herkent.',
    reversed: false,
  },
  {
    id: 'middelen-uren',
    dimension: 'middelen',
    text: 'Social media heeft vaste uren in mijn weekplanning.',
    reversed: false,
  },
  {
    id: 'kanalen-klant',
    dimension: 'kanalen',
    text: 'Ik weet op welke platforms mijn ideale klanten echt actief zijn.',
    reversed: false,
  },
  {
    id: 'doel-likes',
    dimension: 'doelen',
    text: 'Een bericht is voor mij geslaagd als het veel likes krijgt.',
    reversed: true,
  },
  {
    id: 'meten-klanten',
    dimension: 'meten',
    text: 'Ik kan ongeveer zeggen hoeveel klanten social media me het afgelopen kwartaal heeft opgeleverd.',
    reversed: false,
  },
  {
    id: 'gesprek-kritiek',
    dimension: 'gesprek',
    text: 'Een kritische reactie haal ik liever weg dan dat ik erop antwoord.',
    reversed: true,
  },
  {
    id: 'inhoud-viraal',
    dimension: 'inhoud',
    text: 'Ik deel weleens grappige of populaire dingen die niets met mijn vak te maken hebben, omdat die goed scoren.',
    reversed: true,
  },
  {
    id: 'middelen-uurprijs',
    dimension: 'middelen',
    text: 'Als ik bekijk wat social media me kost, reken ik mijn eigen uren mee tegen mijn uurtarief.',
    reversed: false,
  },
  {
    id: 'kanalen-overal',
    dimension: 'kanalen',
    text: 'Ik wil op zo veel mogelijk platforms tegelijk aanwezig zijn.',
    reversed: true,
  },
  {
    id: 'doel-aantal',
    dimension: 'doelen',
    text: 'Ik weet hoeveel nieuwe klanten of hoeveel omzet ik dit jaar via social media wil halen.',
    reversed: false,
  },
  {
    id: 'meten-herkomst',
    dimension: 'meten',
    text: 'Aan mijn links zie ik later terug van welk bericht of platform een bezoeker kwam (bijvoorbeeld met UTM-codes).',
    reversed: false,
  },
  {
    id: 'gesprek-vragen',
    dimension: 'gesprek',
    text: 'In mijn berichten stel ik vragen waar mijn klanten echt iets op kunnen antwoorden.',
    reversed: false,
  },
  {
    id: 'inhoud-verkoop',
    dimension: 'inhoud',
    text: 'Bijna elk bericht van mij is een aanbieding of een oproep om iets te kopen.',
    reversed: true,
  },
  {
    id: 'middelen-vanzelf',
    dimension: 'middelen',
    text: 'Ik reken erop dat social media vanzelf iets oplevert, als ik maar vaak genoeg post.',
    reversed: true,
  },
  {
    id: 'kanalen-aanpassen',
    dimension: 'kanalen',
    text: 'Ik pas een bericht aan elk platform aan, in plaats van overal dezelfde tekst te plaatsen.',
    reversed: false,
  },
];
