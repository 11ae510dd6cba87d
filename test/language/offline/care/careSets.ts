/**
 * Every care test set in this folder, by name, as distress and ordinary lists (hardship items
 * count as ordinary: they must not be read as distress). For the learned scorer's figures.
 */
import { DEV_DISTRESS, DEV_HARDSHIP, DEV_ORDINARY } from './devSet.js';
import { HELD_OUT_DISTRESS, HELD_OUT_HARDSHIP, HELD_OUT_ORDINARY } from './heldOutSet.js';
import { HELD_OUT2_DISTRESS, HELD_OUT2_ORDINARY } from './heldOutSet2.js';
import { HELD_OUT3_DISTRESS, HELD_OUT3_HARDSHIP, HELD_OUT3_ORDINARY } from './heldOutSet3.js';
import { HELD_OUT4_DISTRESS, HELD_OUT4_HARDSHIP, HELD_OUT4_ORDINARY } from './heldOutSet4.js';
import { HELD_OUT5_DISTRESS, HELD_OUT5_HARDSHIP, HELD_OUT5_ORDINARY } from './heldOutSet5.js';
import { HELD_OUT6_DISTRESS, HELD_OUT6_ORDINARY } from './heldOutSet6.js';
import { HELD_OUT7_DISTRESS, HELD_OUT7_ORDINARY } from './heldOutSet7.js';
import { HELD_OUT8_DISTRESS, HELD_OUT8_ORDINARY } from './heldOutSet8.js';
import { HELD_OUT9_DISTRESS, HELD_OUT9_ORDINARY } from './heldOutSet9.js';
import { HELD_OUT10_DISTRESS, HELD_OUT10_ORDINARY } from './heldOutSet10.js';
import { HELD_OUT11_DISTRESS, HELD_OUT11_ORDINARY } from './heldOutSet11.js';
import { HELD_OUT12_DISTRESS, HELD_OUT12_ORDINARY } from './heldOutSet12.js';
import { HELD_OUT14_DISTRESS, HELD_OUT14_ORDINARY } from './heldOutSet14.js';
import { HELD_OUT_S10_DISTRESS, HELD_OUT_S10_ORDINARY } from './heldOutSetS10.js';
import {
  OWN_S10B_EN_DISTRESS,
  OWN_S10B_EN_ORDINARY,
  OWN_S10B_ZH_DISTRESS,
  OWN_S10B_ZH_ORDINARY,
} from './ownSetS10b.js';
import {
  HELD_OUT_S11A_EN_DISTRESS,
  HELD_OUT_S11A_EN_ORDINARY,
  HELD_OUT_S11A_ZH_DISTRESS,
  HELD_OUT_S11A_ZH_ORDINARY,
} from './heldOutSetS11a.js';
import {
  OWN_S11_EN_DISTRESS,
  OWN_S11_EN_ORDINARY,
  OWN_S11_ZH_DISTRESS,
  OWN_S11_ZH_ORDINARY,
} from './ownSetS11.js';
import {
  HELD_OUT_S11B_EN_DISTRESS,
  HELD_OUT_S11B_EN_ORDINARY,
  HELD_OUT_S11B_ZH_DISTRESS,
  HELD_OUT_S11B_ZH_ORDINARY,
} from './heldOutSetS11b.js';
import {
  OWN_S11B_EN_DISTRESS,
  OWN_S11B_EN_ORDINARY,
  OWN_S11B_ZH_DISTRESS,
  OWN_S11B_ZH_ORDINARY,
} from './ownSetS11b.js';
import {
  HELD_OUT_S12A_EN_DISTRESS,
  HELD_OUT_S12A_EN_ORDINARY,
  HELD_OUT_S12A_ZH_DISTRESS,
  HELD_OUT_S12A_ZH_ORDINARY,
  HELD_OUT_S12B_EN_DISTRESS,
  HELD_OUT_S12B_EN_ORDINARY,
  HELD_OUT_S12B_ZH_DISTRESS,
  HELD_OUT_S12B_ZH_ORDINARY,
} from './heldOutSetS12.js';
import {
  HELD_OUT_S13A_EN_DISTRESS,
  HELD_OUT_S13A_EN_ORDINARY,
  HELD_OUT_S13A_ZH_DISTRESS,
  HELD_OUT_S13A_ZH_ORDINARY,
} from './heldOutSetS13.js';
import { OWN_BLIND7_DISTRESS, OWN_BLIND7_ORDINARY } from './ownBlind7.js';
import { OWN6_DISTRESS, OWN6_HARDSHIP, OWN6_ORDINARY } from './ownSet6.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';
import { OWN8_DISTRESS, OWN8_ORDINARY } from './ownSet8.js';
import { OWN_CHECK12_DISTRESS, OWN_CHECK12_HARDSHIP, OWN_CHECK12_ORDINARY } from './ownCheck12.js';
import { OWN_BLIND12_DISTRESS, OWN_BLIND12_HARDSHIP, OWN_BLIND12_ORDINARY } from './ownBlind12.js';
import { OWN_BLIND12B_DISTRESS, OWN_BLIND12B_HARDSHIP, OWN_BLIND12B_ORDINARY } from './ownBlind12b.js';
import { OWN13_DISTRESS, OWN13_ORDINARY } from './ownSet13.js';
import { OWN_CHECK13_DISTRESS, OWN_CHECK13_ORDINARY } from './ownCheck13.js';
import { OWN_BLIND13_DISTRESS, OWN_BLIND13_ORDINARY } from './ownBlind13.js';
import {
  OWN_PROBE12_DISTRESS,
  OWN_PROBE12_HARDSHIP,
  OWN_PROBE12_HARDSHIP_NEAR,
  OWN_PROBE12_ORDINARY,
} from './ownProbe12.js';
import {
  OWN_PROBE12B_DISTRESS,
  OWN_PROBE12B_HARDSHIP,
  OWN_PROBE12B_HARDSHIP_NEAR,
  OWN_PROBE12B_ORDINARY,
} from './ownProbe12b.js';

export interface CareSet {
  name: string;
  distress: readonly string[];
  ordinary: readonly string[];
  /** Seen outside rounds: the learned scorer may be evaluated on them, never trained or tuned on. */
  seen: boolean;
}

const texts = (pairs: readonly (readonly [string, string | undefined])[]): string[] => pairs.map(([t]) => t);

export const CARE_SETS: readonly CareSet[] = [
  {
    name: 'round 7 (seen, not trained on)',
    distress: HELD_OUT7_DISTRESS,
    ordinary: HELD_OUT7_ORDINARY,
    seen: true,
  },
  {
    name: 'round 8 (seen, not trained on)',
    distress: HELD_OUT8_DISTRESS,
    ordinary: HELD_OUT8_ORDINARY,
    seen: true,
  },
  {
    name: 'round 9 (seen, not trained on)',
    distress: HELD_OUT9_DISTRESS,
    ordinary: HELD_OUT9_ORDINARY,
    seen: true,
  },
  {
    name: 'round 10 (seen, not trained on)',
    distress: HELD_OUT10_DISTRESS,
    ordinary: HELD_OUT10_ORDINARY,
    seen: true,
  },
  {
    name: 'round 11 (seen, not trained on)',
    distress: HELD_OUT11_DISTRESS,
    ordinary: HELD_OUT11_ORDINARY,
    seen: true,
  },
  {
    name: 'round 12 (seen, not trained on)',
    distress: HELD_OUT12_DISTRESS,
    ordinary: HELD_OUT12_ORDINARY,
    seen: true,
  },
  {
    name: 'round 14 (seen, not trained on)',
    distress: HELD_OUT14_DISTRESS,
    ordinary: HELD_OUT14_ORDINARY,
    seen: true,
  },
  {
    name: 'round S10 (seen, not trained on)',
    distress: HELD_OUT_S10_DISTRESS,
    ordinary: HELD_OUT_S10_ORDINARY,
    seen: true,
  },
  {
    name: 'own set S10b (rules tuned on it by class)',
    distress: [...OWN_S10B_ZH_DISTRESS, ...OWN_S10B_EN_DISTRESS],
    ordinary: [...OWN_S10B_ZH_ORDINARY, ...OWN_S10B_EN_ORDINARY],
    seen: false,
  },
  {
    name: 'round S11 half a (seen, not trained on)',
    distress: [...HELD_OUT_S11A_ZH_DISTRESS, ...HELD_OUT_S11A_EN_DISTRESS],
    ordinary: [...HELD_OUT_S11A_ZH_ORDINARY, ...HELD_OUT_S11A_EN_ORDINARY],
    seen: true,
  },
  {
    name: 'own set S11 (rules tuned on it by class)',
    distress: [...OWN_S11_ZH_DISTRESS, ...OWN_S11_EN_DISTRESS],
    ordinary: [...OWN_S11_ZH_ORDINARY, ...OWN_S11_EN_ORDINARY],
    seen: false,
  },
  {
    name: 'round S11 half b (seen, not trained on)',
    distress: [...HELD_OUT_S11B_ZH_DISTRESS, ...HELD_OUT_S11B_EN_DISTRESS],
    ordinary: [...HELD_OUT_S11B_ZH_ORDINARY, ...HELD_OUT_S11B_EN_ORDINARY],
    seen: true,
  },
  {
    name: 'own set S11b (rules tuned on it by class)',
    distress: [...OWN_S11B_ZH_DISTRESS, ...OWN_S11B_EN_DISTRESS],
    ordinary: [...OWN_S11B_ZH_ORDINARY, ...OWN_S11B_EN_ORDINARY],
    seen: false,
  },
  {
    name: 'round S12 half a (seen, not trained on)',
    distress: [...HELD_OUT_S12A_ZH_DISTRESS, ...HELD_OUT_S12A_EN_DISTRESS],
    ordinary: [...HELD_OUT_S12A_ZH_ORDINARY, ...HELD_OUT_S12A_EN_ORDINARY],
    seen: true,
  },
  {
    name: 'round S12 half b (seen, not trained on)',
    distress: [...HELD_OUT_S12B_ZH_DISTRESS, ...HELD_OUT_S12B_EN_DISTRESS],
    ordinary: [...HELD_OUT_S12B_ZH_ORDINARY, ...HELD_OUT_S12B_EN_ORDINARY],
    seen: true,
  },
  {
    name: 'round S13 half a (seen, not trained on)',
    distress: [...HELD_OUT_S13A_ZH_DISTRESS, ...HELD_OUT_S13A_EN_DISTRESS],
    ordinary: [...HELD_OUT_S13A_ZH_ORDINARY, ...HELD_OUT_S13A_EN_ORDINARY],
    seen: true,
  },
  {
    name: 'round 1 (seen)',
    distress: HELD_OUT_DISTRESS,
    ordinary: [...HELD_OUT_ORDINARY, ...texts(HELD_OUT_HARDSHIP)],
    seen: true,
  },
  { name: 'round 2 (seen)', distress: HELD_OUT2_DISTRESS, ordinary: HELD_OUT2_ORDINARY, seen: true },
  {
    name: 'round 3 (seen)',
    distress: HELD_OUT3_DISTRESS,
    ordinary: [...HELD_OUT3_ORDINARY, ...texts(HELD_OUT3_HARDSHIP)],
    seen: true,
  },
  {
    name: 'round 4 (seen)',
    distress: HELD_OUT4_DISTRESS,
    ordinary: [...HELD_OUT4_ORDINARY, ...texts(HELD_OUT4_HARDSHIP)],
    seen: true,
  },
  {
    name: 'round 5 (seen)',
    distress: HELD_OUT5_DISTRESS,
    ordinary: [...HELD_OUT5_ORDINARY, ...texts(HELD_OUT5_HARDSHIP)],
    seen: true,
  },
  { name: 'round 6 (seen)', distress: HELD_OUT6_DISTRESS, ordinary: HELD_OUT6_ORDINARY, seen: true },
  { name: 'own set 8 (rules tuned on it)', distress: OWN8_DISTRESS, ordinary: OWN8_ORDINARY, seen: false },
  { name: 'own set 7 (rules tuned on it)', distress: OWN7_DISTRESS, ordinary: OWN7_ORDINARY, seen: false },
  {
    name: 'own set 6',
    distress: OWN6_DISTRESS,
    ordinary: [...OWN6_ORDINARY, ...texts(OWN6_HARDSHIP)],
    seen: false,
  },
  { name: 'own blind 7', distress: OWN_BLIND7_DISTRESS, ordinary: OWN_BLIND7_ORDINARY, seen: false },
  {
    name: 'own check 12 (rules tuned on it)',
    distress: OWN_CHECK12_DISTRESS,
    ordinary: [...OWN_CHECK12_ORDINARY, ...texts(OWN_CHECK12_HARDSHIP)],
    seen: false,
  },
  {
    name: 'own probe 12 (rules tuned on it)',
    distress: OWN_PROBE12_DISTRESS,
    ordinary: [...OWN_PROBE12_ORDINARY, ...texts(OWN_PROBE12_HARDSHIP), ...OWN_PROBE12_HARDSHIP_NEAR],
    seen: false,
  },
  {
    name: 'own probe 12b (rules tuned on it)',
    distress: OWN_PROBE12B_DISTRESS,
    ordinary: [...OWN_PROBE12B_ORDINARY, ...texts(OWN_PROBE12B_HARDSHIP), ...OWN_PROBE12B_HARDSHIP_NEAR],
    seen: false,
  },
  {
    name: 'own blind 12',
    distress: OWN_BLIND12_DISTRESS,
    ordinary: [...OWN_BLIND12_ORDINARY, ...texts(OWN_BLIND12_HARDSHIP)],
    seen: false,
  },
  {
    name: 'own blind 12b',
    distress: OWN_BLIND12B_DISTRESS,
    ordinary: [...OWN_BLIND12B_ORDINARY, ...texts(OWN_BLIND12B_HARDSHIP)],
    seen: false,
  },
  { name: 'own set 13 (rules tuned on it)', distress: OWN13_DISTRESS, ordinary: OWN13_ORDINARY, seen: false },
  {
    name: 'own check 13 (seen after one run)',
    distress: OWN_CHECK13_DISTRESS,
    ordinary: OWN_CHECK13_ORDINARY,
    seen: false,
  },
  {
    name: 'own blind 13 (seen after one run)',
    distress: OWN_BLIND13_DISTRESS,
    ordinary: OWN_BLIND13_ORDINARY,
    seen: false,
  },
  {
    name: 'dev set',
    distress: DEV_DISTRESS,
    ordinary: [...DEV_ORDINARY, ...texts(DEV_HARDSHIP)],
    seen: false,
  },
];
