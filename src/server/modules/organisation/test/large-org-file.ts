/**
 * A large, valid organisation file made on the fly (never committed): one collaboration with
 * `fora` administrative fora and nothing else, so reading and checking it is pure volume. About
 * 100 bytes a forum: 10,000 fora make about 1 MB. Used by the heavy-work tests and `npm run bench`.
 */
export function largeOrgFile(fora: number, key = 'stort-samarbejde'): string {
  const lines = [
    'format: samspil/organisation@1',
    'collaboration:',
    `  key: ${key}`,
    '  name: Et meget stort samarbejde',
    '  regionName: Syddanmark',
    '  validFrom: 2024-01-01',
    'fora:',
  ];
  for (let i = 1; i <= fora; i += 1) {
    lines.push(
      `  - { key: forum-${i}, name: Gruppe ${i}, level: cluster, kind: administrative, scope: interMunicipal }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
