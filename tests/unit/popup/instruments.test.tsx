// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FacilityVerdict } from '../../../components/FacilityVerdict';
import { newInstrument } from '../../../lib/profile/defaults';
import { check } from '../../../lib/verdict/check';
import { article, facility, lsm980, profile } from '../verdict/helpers';

const abif = facility({
  instruments: [lsm980(), newInstrument({ id: 'krios', name: 'Titan Krios' })],
});

describe('the popup shows the instruments a paper used', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const show = async (methods: string) => {
    const [v] = check(
      article({ methods: [methods], ack: 'We thank the ABIF (RRID:SCR_017697).' }),
      profile(abif),
    );
    await act(() =>
      render(<FacilityVerdict verdict={v!} sourceText={() => methods} onShowEvidence={() => {}} />, root),
    );
  };

  it('names the used instrument, its missing grant and the text to add', async () => {
    await show('Images were acquired on a Zeiss LSM 980 at the ABIF.');
    const section = root.querySelector('[aria-label="Instruments"]')!;
    expect(section.querySelector('[data-instrument="lsm980"] .instrument__name')?.textContent).toBe(
      'Zeiss LSM 980',
    );
    expect(section.querySelector('[data-status="missing"]')?.textContent).toBe(
      '✗ Grant S10 OD026899 not cited',
    );
    expect(section.querySelector('.suggestion')?.textContent).toContain(
      'supported by the Office of the Director of the National Institutes of Health under award number S10OD026899',
    );
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toContain(
      'Copy the text for the Zeiss LSM 980',
    );
    expect(section.textContent).toContain('1 other instrument of the facility not shown used in this paper');
    expect(root.querySelector('[data-flag="MISSING_INSTRUMENT_GRANT"]')).not.toBeNull();
  });

  it('asks for nothing when the paper did not use them', async () => {
    await show('Images were acquired on a Zeiss LSM 980.');
    const section = root.querySelector('[aria-label="Instruments"]')!;
    expect(section.querySelector('[data-instrument]')).toBeNull();
    expect(section.querySelector('.suggestion')).toBeNull();
    expect(section.textContent).toContain('does not show that it used any');
    expect(root.querySelector('[data-flag="MISSING_INSTRUMENT_GRANT"]')).toBeNull();
  });
});
