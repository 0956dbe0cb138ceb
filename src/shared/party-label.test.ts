import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisation } from './i18n/organisation';
import { PARTY_KINDS } from './organisation.enums';
import { kindAddsToName, partyLabel } from './party-label';

const fold = (text: string) => text.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

describe('partyLabel', () => {
  it('omits the kind when the name already contains it, case-insensitively', () => {
    const kind = organisation.da.partyKind.generalPractice;
    expect(partyLabel('Almen praksis (PLO)', kind)).toBe('Almen praksis (PLO)');
    expect(partyLabel('ALMEN PRAKSIS  (PLO) Syd', kind)).toBe('ALMEN PRAKSIS  (PLO) Syd');
    expect(partyLabel('Odense Kommune', organisation.da.partyKind.municipality)).toBe(
      'Odense Kommune',
    );
    expect(partyLabel('Region Syddanmark', organisation.da.partyKind.region)).toBe(
      'Region Syddanmark',
    );
  });

  it('adds the kind in brackets when the name does not say it', () => {
    expect(partyLabel('Odense', organisation.da.partyKind.municipality)).toBe('Odense (kommune)');
    expect(partyLabel('OUH', organisation.da.partyKind.hospital)).toBe('OUH (hospital)');
    expect(partyLabel('Praktiserende læger', organisation.en.partyKind.generalPractice)).toBe(
      'Praktiserende læger (general practice (PLO))',
    );
  });

  it('shows the name alone without a kind', () => {
    expect(partyLabel('OUH', null)).toBe('OUH');
    expect(partyLabel('OUH', '  ')).toBe('OUH');
    expect(kindAddsToName('OUH', undefined)).toBe(false);
  });

  it('never repeats a kind label of any party kind, in either language', () => {
    const kinds = PARTY_KINDS.flatMap((k) => [
      organisation.da.partyKind[k],
      organisation.en.partyKind[k],
    ]);
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...kinds),
        fc.string(),
        fc.boolean(),
        (before, kind, after, upper) => {
          const name = `${before}${upper ? kind.toLocaleUpperCase('da') : kind}${after}`;
          const label = partyLabel(name, kind);
          expect(label).toBe(name);
        },
      ),
    );
  });

  it('always starts with the name and contains the kind once it is added', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, kind) => {
        const label = partyLabel(name, kind);
        expect(label.startsWith(name)).toBe(true);
        expect(fold(label)).toContain(fold(kind));
      }),
    );
  });
});
