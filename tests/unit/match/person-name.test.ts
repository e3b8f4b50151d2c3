import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistanceAtMostOne,
  initialsOf,
  parsePersonName,
} from '../../../lib/match/person-name';

const p = (s: string) => {
  const n = parsePersonName(s);
  if (!n) throw new Error(`unparsable ${s}`);
  return n;
};

describe('parsePersonName', () => {
  it.each([
    ['Claire M. Brown', ['claire', 'm'], 'brown'],
    ['Brown, Claire M.', ['claire', 'm'], 'brown'],
    ['C.M. Brown', ['c', 'm'], 'brown'],
    ['CM Brown', ['c', 'm'], 'brown'],
    ['Dr. Claire Brown', ['claire'], 'brown'],
    ['Hans van Zeeburg', ['hans'], 'vanzeeburg'],
    ['José López-García', ['jose'], 'lopezgarcia'],
    ['Ching-Yen Tsai', ['ching', 'yen'], 'tsai'],
    ['J.-C. Paterna', ['j', 'c'], 'paterna'],
  ])('%s', (name, given, family) => {
    expect(p(name)).toMatchObject({ given, family });
  });
});

describe('compareNames', () => {
  it.each([
    ['Claire M. Brown', 'Claire Brown', 'exact'],
    ['Claire M. Brown', 'Brown, Claire', 'exact'],
    ['Claire M. Brown', 'C. Brown', 'exact'],
    ['Claire M. Brown', 'CM Brown', 'exact'],
    ['José López-García', 'Jose Lopez Garcia', 'exact'],
    ['Ching-Yen Tsai', 'Chingyen Tsai', 'exact'],
    ['Claire Brown', 'Claire Brwon', 'variant'],
    ['Daniel Lévesque', 'Daniel Levesqe', 'variant'],
    ['Claire Brown', 'Clara Brown', null],
    ['Claire Brown', 'D. Brown', null],
    ['Claire Brown', 'C. Brwon', null],
    ['Jin Liu', 'Jin Lu', null],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(compareNames(p(a), p(b))).toBe(expected);
  });
});

describe('editDistanceAtMostOne', () => {
  it.each([
    ['brown', 'brown', true],
    ['brown', 'brwon', true],
    ['brown', 'bown', true],
    ['brown', 'browne', true],
    ['brown', 'brawn', true],
    ['brown', 'bruan', false],
    ['brown', 'brownie', false],
  ])('%s ~ %s: %s', (a, b, ok) => expect(editDistanceAtMostOne(a, b)).toBe(ok));
});

describe('initialsOf', () => {
  it.each([
    ['Claire M. Brown', 'Brown', ['CMB', 'CB']],
    ['Carlos Alvarez', 'Alvarez', ['CA']],
    ['Hans van Zeeburg', 'van Zeeburg', ['HZ']],
  ])('%s', (name, family, initials) => expect(initialsOf(p(name), family)).toEqual(initials));
});
