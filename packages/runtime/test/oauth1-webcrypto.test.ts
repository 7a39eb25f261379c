/// <reference path="../src/oauth-sign.d.ts" />
import fc from 'fast-check'
import { generateBase, hmacsign } from 'oauth-sign'
import { describe, expect, it } from 'vitest'
import { signatureBaseString, webCryptoSignature } from '../src/oauth1-webcrypto.js'
import { signatureBaseUrl } from '../src/oauth1.js'

/**
 * Where `node:crypto` is absent the runtime signs with Web Crypto (src/oauth1-webcrypto.ts); on Node it
 * keeps oauth-sign. Both must give the same signature for every request: here on the published vectors
 * (REFERENCES.md section 3) and on random requests.
 */
type Params = Record<string, string[]>

interface Vector {
  readonly name: string
  readonly method: string
  readonly url: string
  readonly params: Params
  readonly consumerSecret: string
  readonly tokenSecret: string
  readonly signature: string
}

const twitterUpdate = (): Params => ({
  include_entities: ['true'],
  status: ['Hello Ladies + Gentlemen, a signed OAuth request!'],
  oauth_consumer_key: ['xvz1evFS4wEEPTGEFPHBog'],
  oauth_nonce: ['kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
  oauth_signature_method: ['HMAC-SHA1'],
  oauth_timestamp: ['1318622958'],
  oauth_token: ['370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
  oauth_version: ['1.0'],
})

const VECTORS: readonly Vector[] = [
  // 3.1: Twitter's "Creating a signature", on each base URL the pages publish.
  { name: 'Twitter POST statuses/update (api.twitter.com, 1.1)', method: 'POST', url: 'https://api.twitter.com/1.1/statuses/update.json', params: twitterUpdate(), consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE', signature: 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=' },
  { name: 'Twitter POST statuses/update (api.x.com, 1.1)', method: 'POST', url: 'https://api.x.com/1.1/statuses/update.json', params: twitterUpdate(), consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE', signature: 'Ls93hJiZbQ3akF3HF3x1Bz8/zU4=' },
  { name: 'Twitter POST statuses/update (API 1.0)', method: 'POST', url: 'https://api.twitter.com/1/statuses/update.json', params: twitterUpdate(), consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE', signature: 'tnnArxj06cWHq44gCs1OSKk/jLY=' },
  // 3.4: the 2010 Sign in with Twitter examples.
  {
    name: 'request_token with a callback and no token secret',
    method: 'POST',
    url: 'https://api.twitter.com/oauth/request_token',
    params: { oauth_callback: ['http://localhost:3005/the_dance/process_callback?service_provider_id=11'], oauth_consumer_key: ['GDdmIQH6jhtmLUypg82g'], oauth_nonce: ['QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk'], oauth_signature_method: ['HMAC-SHA1'], oauth_timestamp: ['1272323042'], oauth_version: ['1.0'] },
    consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98',
    tokenSecret: '',
    signature: '8wUi7m5HFQy76nowoCThusfgB+Q=',
  },
  {
    name: 'access_token with the verifier',
    method: 'POST',
    url: 'https://api.twitter.com/oauth/access_token',
    params: { oauth_consumer_key: ['GDdmIQH6jhtmLUypg82g'], oauth_nonce: ['9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8'], oauth_signature_method: ['HMAC-SHA1'], oauth_token: ['8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc'], oauth_timestamp: ['1272323047'], oauth_verifier: ['pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY'], oauth_version: ['1.0'] },
    consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98',
    tokenSecret: 'x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA',
    signature: 'PUw/dHA4fnlJYM6RhXk5IU/0fCc=',
  },
  {
    name: 'a non-ASCII status (UTF-8)',
    method: 'POST',
    url: 'http://api.twitter.com/1/statuses/update.json',
    params: { status: ['setting up my twitter 私のさえずりを設定する'], oauth_consumer_key: ['GDdmIQH6jhtmLUypg82g'], oauth_nonce: ['oElnnMTQIZvqvlfXM56aBLAf5noGD0AQR3Fmi7Q6Y'], oauth_signature_method: ['HMAC-SHA1'], oauth_token: ['819797-Jxq8aYUDRmykzVKrgoLhXSq67TEa5ruc4GJC2rWimw'], oauth_timestamp: ['1272325550'], oauth_version: ['1.0'] },
    consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98',
    tokenSecret: 'J6zix3FfA9LofH0awS24M3HcBYXO5nI1iYe8EfBA',
    signature: 'yOahq5m0YjDDjfjxHaXEsW9D+X0=',
  },
  // 3.5: RFC 5849's three-legged flow (no oauth_version) and its normalisation example.
  { name: 'RFC 5849 temporary credentials', method: 'POST', url: 'https://photos.example.net/initiate', params: { oauth_consumer_key: ['dpf43f3p2l4k3l03'], oauth_signature_method: ['HMAC-SHA1'], oauth_timestamp: ['137131200'], oauth_nonce: ['wIjqoS'], oauth_callback: ['http://printer.example.com/ready'] }, consumerSecret: 'kd94hf93k423kf44', tokenSecret: '', signature: '74KNZJeDHnMBp0EMJ9ZHt/XKycU=' },
  { name: 'RFC 5849 token credentials', method: 'POST', url: 'https://photos.example.net/token', params: { oauth_consumer_key: ['dpf43f3p2l4k3l03'], oauth_token: ['hh5s93j4hdidpola'], oauth_signature_method: ['HMAC-SHA1'], oauth_timestamp: ['137131201'], oauth_nonce: ['walatlh'], oauth_verifier: ['hfdp7dh39dks9884'] }, consumerSecret: 'kd94hf93k423kf44', tokenSecret: 'hdhd0244k9j7ao03', signature: 'gKgrFCywp7rO0OXSjdot/IHF7IU=' },
  { name: 'RFC 5849 resource request', method: 'GET', url: 'http://photos.example.net/photos', params: { file: ['vacation.jpg'], size: ['original'], oauth_consumer_key: ['dpf43f3p2l4k3l03'], oauth_token: ['nnch734d00sl2jdk'], oauth_signature_method: ['HMAC-SHA1'], oauth_timestamp: ['137131202'], oauth_nonce: ['chapoH'] }, consumerSecret: 'kd94hf93k423kf44', tokenSecret: 'pfkkdhi9sl3r4s00', signature: 'MdpQcU8iPSUjWoN/UDMsK2sui9I=' },
  {
    name: 'RFC 5849 section 3.4.1 normalisation (duplicate keys, empty values, double encoding)',
    method: 'POST',
    url: 'http://example.com/request',
    params: { b5: ['=%3D'], a3: ['a', '2 q'], 'c@': [''], a2: ['r b'], c2: [''], oauth_consumer_key: ['9djdj82h48djs9d2'], oauth_token: ['kkk9d7dh3k39sjv7'], oauth_signature_method: ['HMAC-SHA1'], oauth_timestamp: ['137131201'], oauth_nonce: ['7d8f3e4a'] },
    consumerSecret: 'j49sk3j29djd',
    tokenSecret: 'dh893hdasih9',
    signature: 'r6/TJjbCOr97/+UU0NsvSne7s5g=',
  },
]

describe('OAuth 1.0a with Web Crypto', () => {
  it.each(VECTORS)('gives the published signature, as oauth-sign does: $name', async (v) => {
    const web = await webCryptoSignature(v.method, v.url, v.params, v.consumerSecret, v.tokenSecret)
    expect(web).toBe(v.signature)
    expect(hmacsign(v.method, v.url, v.params, v.consumerSecret, v.tokenSecret)).toBe(v.signature)
  })

  it('builds the RFC 5849 base string of its section 3.4.1.1 example', () => {
    const v = VECTORS.at(-1)!
    expect(signatureBaseString(v.method, v.url, v.params)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    )
  })

  // Any well-formed text: names and values with reserved characters, spaces, non-ASCII and astral code points.
  const text = fc.string({ unit: 'binary', maxLength: 24 })
  const request = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'get', 'post'),
    host: fc.constantFrom('api.twitter.com', 'API.X.com', 'upload.twitter.com', '127.0.0.1:8787', '[::1]:4000', 'example.com:443'),
    path: fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }), { maxLength: 4 }),
    query: fc.array(fc.tuple(text, text), { maxLength: 5 }),
    body: fc.array(fc.tuple(text, text), { maxLength: 5 }),
    consumerKey: text,
    consumerSecret: text,
    token: fc.option(text, { nil: undefined }),
    tokenSecret: fc.option(text, { nil: undefined }),
    nonce: fc.stringMatching(/^[A-Za-z0-9]{1,43}$/),
    timestamp: fc.integer({ min: 0, max: 2 ** 32 }).map(String),
  })

  it('agrees with oauth-sign on the base string and the signature of random requests', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = new URL(`https://${r.host}/${r.path.map(encodeURIComponent).join('/')}`)
        for (const [k, v] of r.query) url.searchParams.append(k, v)
        const params: Params = Object.create(null)
        for (const [k, v] of [...url.searchParams, ...r.body]) (params[k] ??= []).push(v)
        const base = signatureBaseUrl(url)
        expect(signatureBaseString(r.method, base, params)).toBe(generateBase(r.method, base, params))
        expect(await webCryptoSignature(r.method, base, params, r.consumerSecret, r.tokenSecret ?? '')).toBe(hmacsign(r.method, base, params, r.consumerSecret, r.tokenSecret ?? ''))
      }),
      { numRuns: 300 },
    )
  })
})
