/**
 * What a paper that used a facility's instrument must say for it: the instrument's own
 * acknowledgement when the facility gives one ({instrument}, {facility}, {grants}, {rrid}), and each of
 * its grants in the funder's required wording. The verdict's suggestion, the manuscript check and
 * `corecredit statement` all use these.
 */
import { sentenceStarts } from '../match/sentences';
import type { Facility, Grant, Instrument } from '../profile/types';
import { fillTemplate, grantList } from './acknowledgement';
import { grantWording } from './grant-wording';

/** The instrument's acknowledgement with `grants` in {grants}, or null when it has none. */
export function instrumentAcknowledgement(
  facility: Facility,
  instrument: Instrument,
  grants: Grant[],
): string | null {
  if (!instrument.statement) return null;
  return fillTemplate(instrument.statement.replaceAll('{instrument}', instrument.name), {
    facility: facility.name,
    institution: facility.institution,
    rrid: instrument.rrid,
    grants: grantList(grants),
    staff: '',
  });
}

/**
 * The text for every used instrument that still owes grants: its acknowledgement, then each grant in
 * its funder's wording. A sentence two grants share (NIH's disclaimer) is written once.
 */
export function instrumentStatement(
  facility: Facility,
  owed: Array<{ instrument: Instrument; grants: Grant[] }>,
): string {
  const sentences: string[] = [];
  // Split as the matcher splits (abbreviations such as "Dr." or "U.S." do not end a sentence).
  const add = (text: string) => {
    const starts = sentenceStarts(text);
    starts.forEach((start, i) => {
      const s = text.slice(start, starts[i + 1] ?? text.length).trim();
      if (s && !sentences.includes(s)) sentences.push(s);
    });
  };
  for (const { instrument, grants } of owed) {
    const ack = instrumentAcknowledgement(facility, instrument, grants);
    if (ack) add(ack);
    for (const g of grants) add(grantWording(g).text);
  }
  return sentences.join(' ');
}
