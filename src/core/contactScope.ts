/**
 * Where a holder asked not to be contacted, short of a full cease-contact (conv15): 'workplace' =
 * never at work ("别往我单位打电话", "don't call my job"). Chat and other channels go on.
 */
export type ContactScope = 'workplace';
