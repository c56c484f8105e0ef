/**
 * `@usd1-milestones/assess/node`: what needs Node (the network, the file
 * system, node:crypto's signing): fetching and re-checking evidence under an
 * address policy, keys, and signing. Everything that needs neither (scoring,
 * migration, the DSSE envelope and its verification with WebCrypto, OSCAL and
 * CycloneDX output) is in the main entry, which also runs in browsers.
 */
export {
  type AddressClass,
  type AddressPolicy,
  addressRange,
  normalAddress,
  optInFor,
  refusedAddress,
} from './node/address.js';
export {
  type CheckOptions,
  checkEvidence,
  type EvidenceCheck,
  type EvidenceStatus,
  evidenceStatuses,
  expiredBecause,
  type Located,
} from './node/evidence.js';
export { DEFAULT_LIMITS, type FetchLimits, type FetchResult, fetchDigest } from './node/fetch.js';
export {
  digestFor,
  generateKeyPair,
  type KeyAlgorithm,
  type KeyPairPem,
  type KeyResult,
  keyAlgorithms,
  keyId,
  readPrivateKey,
  readPublicKey,
  type SigningKey,
  type VerifyingKey,
} from './node/keys.js';
export { signEnvelope } from './node/sign.js';
