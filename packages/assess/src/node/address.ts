/**
 * Addresses an assessment's evidence URLs may not reach unless the user says
 * so: an assessment comes from someone else, and fetching what it names must
 * not turn this machine into a way into its own network (SSRF). Checked on
 * the resolved address of every request, redirects included.
 *
 * Every range of IANA's IPv4 and IPv6 Special-Purpose Address Registries is
 * refused, and multicast, so that no address with a special meaning (a
 * translator that reaches an embedded IPv4 address, a benchmarking network, a
 * relay) is fetched by default. Each range has a class, and the opt-ins open
 * classes: `--allow-loopback` opens loopback alone (tests, a local server),
 * `--allow-private` everything but cloud metadata, and `--allow-address IP`
 * exactly the addresses it names (metadata included, when named).
 */
import { BlockList, isIP } from 'node:net';

/** What kind of place an address is, for the opt-ins. */
export type AddressClass = 'loopback' | 'private' | 'metadata';

type Range = readonly [reason: string, kind: AddressClass, family: 'ipv4' | 'ipv6', network: string, prefix: number];

// Metadata first: 169.254.169.254 is link-local too, and must be refused as metadata.
const ranges: readonly Range[] = [
  ['a cloud metadata address', 'metadata', 'ipv4', '169.254.169.254', 32],
  ['a cloud metadata address', 'metadata', 'ipv4', '169.254.170.2', 32],
  ['a cloud metadata address', 'metadata', 'ipv4', '100.100.100.200', 32],
  ['a cloud metadata address', 'metadata', 'ipv6', 'fd00:ec2::254', 128],
  ['a loopback address', 'loopback', 'ipv4', '127.0.0.0', 8],
  ['a loopback address', 'loopback', 'ipv6', '::1', 128],
  // IPv4 Special-Purpose Address Registry.
  ['an address of "this network"', 'private', 'ipv4', '0.0.0.0', 8],
  ['a private address', 'private', 'ipv4', '10.0.0.0', 8],
  ['a shared (carrier-grade NAT) address', 'private', 'ipv4', '100.64.0.0', 10],
  ['a link-local address', 'private', 'ipv4', '169.254.0.0', 16],
  ['a private address', 'private', 'ipv4', '172.16.0.0', 12],
  ['an IETF protocol assignment', 'private', 'ipv4', '192.0.0.0', 24],
  ['a documentation address', 'private', 'ipv4', '192.0.2.0', 24],
  ['an AS112 address', 'private', 'ipv4', '192.31.196.0', 24],
  ['an AMT address', 'private', 'ipv4', '192.52.193.0', 24],
  ['a 6to4 relay anycast address', 'private', 'ipv4', '192.88.99.0', 24],
  ['a private address', 'private', 'ipv4', '192.168.0.0', 16],
  ['an AS112 address', 'private', 'ipv4', '192.175.48.0', 24],
  ['a benchmarking address', 'private', 'ipv4', '198.18.0.0', 15],
  ['a documentation address', 'private', 'ipv4', '198.51.100.0', 24],
  ['a documentation address', 'private', 'ipv4', '203.0.113.0', 24],
  ['a multicast address', 'private', 'ipv4', '224.0.0.0', 4],
  ['a reserved address', 'private', 'ipv4', '240.0.0.0', 4],
  // IPv6 Special-Purpose Address Registry. ::/96 holds the unspecified address
  // and the deprecated IPv4-compatible addresses (::a.b.c.d).
  ['an IPv4-compatible or unspecified address', 'private', 'ipv6', '::', 96],
  ['an IPv4-translated (SIIT) address', 'private', 'ipv6', '::ffff:0:0:0', 96],
  ['an IPv4/IPv6 translation (NAT64) address', 'private', 'ipv6', '64:ff9b::', 96],
  ['a local-use IPv4/IPv6 translation address', 'private', 'ipv6', '64:ff9b:1::', 48],
  ['a discard-only address', 'private', 'ipv6', '100::', 64],
  ['a dummy IPv6 prefix address', 'private', 'ipv6', '100:0:0:1::', 64],
  ['an IETF protocol assignment (Teredo, benchmarking, ORCHID and others)', 'private', 'ipv6', '2001::', 23],
  ['a documentation address', 'private', 'ipv6', '2001:db8::', 32],
  ['a 6to4 address', 'private', 'ipv6', '2002::', 16],
  ['an AS112 address', 'private', 'ipv6', '2620:4f:8000::', 48],
  ['a documentation address', 'private', 'ipv6', '3fff::', 20],
  ['a segment routing (SRv6) address', 'private', 'ipv6', '5f00::', 16],
  ['a unique-local address', 'private', 'ipv6', 'fc00::', 7],
  ['a link-local address', 'private', 'ipv6', 'fe80::', 10],
  ['a multicast address', 'private', 'ipv6', 'ff00::', 8],
];

const lists = ranges.map(([reason, kind, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { reason, kind, family, list };
});

/** Which addresses a run may fetch beyond the public ones. */
export interface AddressPolicy {
  readonly allowLoopback?: boolean;
  /** Every class but metadata. */
  readonly allowPrivate?: boolean;
  /** Addresses allowed by name, whatever their range (normalised by `normalAddress`). */
  readonly allowAddresses?: readonly string[];
}

/** The address in one spelling: IPv6 compressed and lower case, IPv4-mapped IPv6 as its IPv4 address. */
export function normalAddress(address: string): string {
  const family = isIP(address);
  if (family !== 6) return address;
  const normal = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is the IPv4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normal);
  if (!mapped) return normal;
  const high = Number.parseInt(mapped[1] as string, 16);
  const low = Number.parseInt(mapped[2] as string, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The special-purpose range an address is in, or undefined for an ordinary public address. */
export function addressRange(address: string): { reason: string; kind: AddressClass } | undefined {
  if (isIP(address) === 0) return { reason: 'not an IP address', kind: 'private' };
  const ip = normalAddress(address);
  const type = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
  for (const { reason, kind, family, list } of lists)
    if (family === type && list.check(ip, type)) return { reason, kind };
  return undefined;
}

/** Why an IP address is refused under a policy (`a loopback address`), or undefined when it may be fetched. */
export function refusedAddress(address: string, policy: AddressPolicy = {}): string | undefined {
  const range = addressRange(address);
  if (!range) return undefined;
  const normal = normalAddress(address);
  if (policy.allowAddresses?.some((allowed) => isIP(allowed) !== 0 && normalAddress(allowed) === normal))
    return undefined;
  if (range.kind === 'loopback' && (policy.allowLoopback || policy.allowPrivate)) return undefined;
  if (range.kind === 'private' && policy.allowPrivate && range.reason !== 'not an IP address') return undefined;
  return range.reason;
}

/** The opt-in that would allow an address, for the message that refuses it. */
export function optInFor(address: string): string {
  const range = addressRange(address);
  if (range?.kind === 'loopback') return '--allow-loopback';
  if (range?.kind === 'metadata') return `--allow-address ${normalAddress(address)}`;
  return '--allow-private';
}
