/**
 * The intercepting emulator's certificates: a throwaway certificate authority made at start-up and one
 * server certificate it signs for every host the emulator answers for (Twitter's and X's API, upload and
 * stream hosts, plus 127.0.0.1 and localhost for direct HTTPS). Keys come from node:crypto (native RSA key
 * generation); node-forge builds and signs the X.509 structures, which Node's crypto cannot create.
 * The CA's private key never leaves memory: only its certificate is written, for clients to trust.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'

/** A PEM certificate and the PEM private key that goes with it. */
export interface CertificatePair {
  readonly certPem: string
  readonly keyPem: string
}

/** What a new emulator CA issues. */
export interface InterceptCertificates {
  /** The CA certificate (PEM), the file clients are told to trust. */
  readonly caCertPem: string
  /** The server certificate and key for every name in `hostnames` and `ips`. */
  readonly server: CertificatePair
}

const DAY_MS = 86_400_000

function rsaKeys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const key = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey
  return { privateKey: key, publicKey: forge.pki.rsa.setPublicKey(key.n, key.e) }
}

/** A positive 16-byte serial number in hex, as RFC 5280 4.1.2.2 asks (unique, at most 20 octets). */
function serial(): string {
  const bytes = randomBytes(16)
  bytes[0] = bytes[0]! & 0x7f
  return bytes.toString('hex')
}

/**
 * Makes a CA and a server certificate it signs. Validity starts a day back so a client clock slightly
 * behind the emulator's still accepts them, and lasts 30 days: a CLI session may run for a while.
 */
export function issueCertificates(hostnames: readonly string[], ips: readonly string[], now = Date.now()): InterceptCertificates {
  const notBefore = new Date(now - DAY_MS)
  const notAfter = new Date(now + 30 * DAY_MS)

  const caKeys = rsaKeys()
  const ca = forge.pki.createCertificate()
  ca.publicKey = caKeys.publicKey
  ca.serialNumber = serial()
  ca.validity.notBefore = notBefore
  ca.validity.notAfter = notAfter
  const caName = [
    { name: 'commonName', value: `Twython Emulator CA ${randomBytes(4).toString('hex')}` },
    { name: 'organizationName', value: 'Twython Emulator (offline testing only)' },
  ]
  ca.setSubject(caName)
  ca.setIssuer(caName)
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ])
  ca.sign(caKeys.privateKey, forge.md.sha256.create())

  const leafKeys = rsaKeys()
  const leaf = forge.pki.createCertificate()
  leaf.publicKey = leafKeys.publicKey
  leaf.serialNumber = serial()
  leaf.validity.notBefore = notBefore
  leaf.validity.notAfter = notAfter
  leaf.setSubject([{ name: 'commonName', value: hostnames[0] ?? 'localhost' }])
  leaf.setIssuer(ca.subject.attributes)
  leaf.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    // Type 2 is a DNS name, type 7 an IP address (RFC 5280 4.2.1.6); clients match on these, not on the CN.
    { name: 'subjectAltName', altNames: [...hostnames.map((value) => ({ type: 2, value })), ...ips.map((ip) => ({ type: 7, ip }))] },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ])
  leaf.sign(caKeys.privateKey, forge.md.sha256.create())

  return {
    caCertPem: forge.pki.certificateToPem(ca),
    server: { certPem: forge.pki.certificateToPem(leaf), keyPem: forge.pki.privateKeyToPem(leafKeys.privateKey) },
  }
}
