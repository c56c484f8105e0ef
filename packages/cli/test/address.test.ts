/**
 * The address policy of `assess verify`: a table of IANA's IPv4 and IPv6
 * special-purpose ranges (and the embedded-IPv4 forms that reach them), each
 * refused by default, and what each opt-in opens.
 */

import { optInFor, refusedAddress } from '@usd1-milestones/assess/node';
import { describe, expect, it } from 'vitest';

// [address, why it is refused by default]
const special: readonly (readonly [string, string])[] = [
  ['0.0.0.0', 'an address of "this network"'],
  ['0.1.2.3', 'an address of "this network"'],
  ['10.1.2.3', 'a private address'],
  ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
  ['127.0.0.1', 'a loopback address'],
  ['127.255.255.254', 'a loopback address'],
  ['169.254.1.1', 'a link-local address'],
  ['172.16.0.1', 'a private address'],
  ['172.31.255.255', 'a private address'],
  ['192.0.0.8', 'an IETF protocol assignment'],
  ['192.0.0.170', 'an IETF protocol assignment'],
  ['192.0.2.1', 'a documentation address'],
  ['192.31.196.1', 'an AS112 address'],
  ['192.52.193.1', 'an AMT address'],
  ['192.88.99.1', 'a 6to4 relay anycast address'],
  ['192.168.1.1', 'a private address'],
  ['192.175.48.1', 'an AS112 address'],
  ['198.18.0.1', 'a benchmarking address'],
  ['198.19.255.255', 'a benchmarking address'],
  ['198.51.100.1', 'a documentation address'],
  ['203.0.113.1', 'a documentation address'],
  ['224.0.0.1', 'a multicast address'],
  ['240.0.0.1', 'a reserved address'],
  ['255.255.255.255', 'a reserved address'],
  ['::', 'an IPv4-compatible or unspecified address'],
  ['::1', 'a loopback address'],
  ['::127.0.0.1', 'an IPv4-compatible or unspecified address'],
  ['::8.8.8.8', 'an IPv4-compatible or unspecified address'],
  ['::ffff:127.0.0.1', 'a loopback address'],
  ['::ffff:7f00:1', 'a loopback address'],
  ['::ffff:10.0.0.1', 'a private address'],
  ['::ffff:0:127.0.0.1', 'an IPv4-translated (SIIT) address'],
  ['64:ff9b::127.0.0.1', 'an IPv4/IPv6 translation (NAT64) address'],
  ['64:ff9b::8.8.8.8', 'an IPv4/IPv6 translation (NAT64) address'],
  ['64:ff9b:1::1', 'a local-use IPv4/IPv6 translation address'],
  ['100::1', 'a discard-only address'],
  ['2001::1', 'an IETF protocol assignment (Teredo, benchmarking, ORCHID and others)'],
  ['2001:2::1', 'an IETF protocol assignment (Teredo, benchmarking, ORCHID and others)'],
  ['2001:db8::1', 'a documentation address'],
  ['2002:7f00:1::', 'a 6to4 address'],
  ['2620:4f:8000::1', 'an AS112 address'],
  ['3fff::1', 'a documentation address'],
  ['5f00::1', 'a segment routing (SRv6) address'],
  ['fc00::1', 'a unique-local address'],
  ['fd12:3456::1', 'a unique-local address'],
  ['fe80::1', 'a link-local address'],
  ['ff02::1', 'a multicast address'],
  ['169.254.169.254', 'a cloud metadata address'],
  ['169.254.170.2', 'a cloud metadata address'],
  ['100.100.100.200', 'a cloud metadata address'],
  ['fd00:ec2::254', 'a cloud metadata address'],
  ['::ffff:169.254.169.254', 'a cloud metadata address'],
];

describe('the address policy', () => {
  it.each(special)('refuses %s by default: %s', (address, reason) => {
    expect(refusedAddress(address)).toBe(reason);
  });

  it('fetches public addresses, IPv4 and IPv6, and public IPv4 written as IPv4-mapped IPv6', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '198.20.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect([address, refusedAddress(address)]).toEqual([address, undefined]);
  });

  it('--allow-loopback opens loopback alone', () => {
    const policy = { allowLoopback: true };
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map((a) => refusedAddress(a, policy))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(['10.0.0.1', '169.254.169.254', '64:ff9b::127.0.0.1'].map((a) => refusedAddress(a, policy))).toEqual([
      'a private address',
      'a cloud metadata address',
      'an IPv4/IPv6 translation (NAT64) address',
    ]);
  });

  it('--allow-private opens every range but cloud metadata', () => {
    const policy = { allowPrivate: true };
    for (const [address, reason] of special)
      expect([address, refusedAddress(address, policy)]).toEqual([
        address,
        reason === 'a cloud metadata address' ? reason : undefined,
      ]);
  });

  it('--allow-address opens exactly the addresses it names, metadata included, in any spelling', () => {
    const policy = { allowAddresses: ['169.254.169.254', 'fd00:ec2::254'] };
    expect(refusedAddress('169.254.169.254', policy)).toBeUndefined();
    expect(refusedAddress('::ffff:a9fe:a9fe', policy)).toBeUndefined();
    expect(refusedAddress('FD00:EC2:0::254', policy)).toBeUndefined();
    expect(refusedAddress('169.254.170.2', policy)).toBe('a cloud metadata address');
    expect(refusedAddress('127.0.0.1', policy)).toBe('a loopback address');
  });

  it('names the opt-in that would allow each kind', () => {
    expect([optInFor('127.0.0.1'), optInFor('10.0.0.1'), optInFor('::ffff:169.254.169.254')]).toEqual([
      '--allow-loopback',
      '--allow-private',
      '--allow-address 169.254.169.254',
    ]);
  });

  it('refuses what is not an IP address, whatever the policy', () => {
    expect(refusedAddress('example.org', { allowPrivate: true })).toBe('not an IP address');
  });
});
