import { compareIsoDates, toPlainDate, type IsoDate } from './iso-date.js';

/**
 * Age in whole years on a day. A person born on 29 February has their birthday on 1 March in
 * common years (they are not yet one year older on 28 February).
 *   ageOn('1974-06-15', '2024-06-15') === 50; ageOn('1974-06-15', '2024-06-14') === 49
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  if (compareIsoDates(on, birthDate) < 0) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  const birth = toPlainDate(birthDate);
  const day = toPlainDate(on);
  const beforeBirthday = day.month * 100 + day.day < birth.month * 100 + birth.day;
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}
