/**
 * Parses REMINDER_SCHEDULE ("due-3,due,due+1,due+7") into day offsets, in order, without
 * duplicates. Throws RangeError naming the bad entry.
 */
export function parseReminderSchedule(text: string): number[] {
  const offsets: number[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const m = /^due(?:([+-])(\d{1,3}))?$/.exec(entry);
    if (!m) throw new RangeError(`REMINDER_SCHEDULE: "${entry}" is not due, due-N or due+N`);
    const offset = m[1] === '-' ? -Number(m[2]) : Number(m[2] ?? 0);
    if (!offsets.includes(offset)) offsets.push(offset);
  }
  if (offsets.length === 0) throw new RangeError('REMINDER_SCHEDULE names no reminder');
  return offsets;
}
