/**
 * Addresses an assessment's evidence URLs may not reach unless the user says
 * `--allow-private`: an assessment comes from someone else, and fetching what
 * it names must not turn this machine into a way into its own network (SSRF).
 * Checked on the resolved address of every request, redirects included.
 */
import { BlockList, isIP } from 'node:net';

const ranges: readonly (readonly [reason: string, family: 'ipv4' | 'ipv6', network: string, prefix: number])[] = [
  ['a cloud metadata address', 'ipv4', '169.254.169.254', 32],
  ['a cloud metadata address', 'ipv4', '100.100.100.200', 32],
  ['a cloud metadata address', 'ipv6', 'fd00:ec2::254', 128],
  ['a loopback address', 'ipv4', '127.0.0.0', 8],
  ['a loopback address', 'ipv6', '::1', 128],
  ['an unspecified address', 'ipv4', '0.0.0.0', 8],
  ['an unspecified address', 'ipv6', '::', 128],
  ['a private address', 'ipv4', '10.0.0.0', 8],
  ['a private address', 'ipv4', '172.16.0.0', 12],
  ['a private address', 'ipv4', '192.168.0.0', 16],
  ['a shared (carrier-grade NAT) address', 'ipv4', '100.64.0.0', 10],
  ['a link-local address', 'ipv4', '169.254.0.0', 16],
  ['a link-local address', 'ipv6', 'fe80::', 10],
  ['a unique-local address', 'ipv6', 'fc00::', 7],
  ['a multicast address', 'ipv4', '224.0.0.0', 4],
  ['a multicast address', 'ipv6', 'ff00::', 8],
  ['a reserved address', 'ipv4', '240.0.0.0', 4],
];

const lists = ranges.map(([reason, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { reason, family, list };
});

/** Why an IP address is refused (`a loopback address`), or undefined when it may be fetched. */
export function refusedAddress(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  let ip = address;
  let type: 'ipv4' | 'ipv6' = family === 4 ? 'ipv4' : 'ipv6';
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is the IPv4 address.
  if (type === 'ipv6') {
    const normal = new URL(`http://[${address}]/`).hostname.slice(1, -1);
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normal);
    if (mapped) {
      const high = Number.parseInt(mapped[1] as string, 16);
      const low = Number.parseInt(mapped[2] as string, 16);
      ip = [high >> 8, high & 255, low >> 8, low & 255].join('.');
      type = 'ipv4';
    }
  }
  for (const { reason, family: f, list } of lists) if (f === type && list.check(ip, type)) return reason;
  return undefined;
}
