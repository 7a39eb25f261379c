/**
 * The emulator's own OAuth code (src/auth/oauth.ts) against published vectors: Twitter's "Creating a
 * signature" example, the old dev.twitter.com examples kept in oauth-sign's tests, RFC 5849's examples,
 * Twitter's percent-encoding table and its app-only Basic credentials example (REFERENCES.md section 3).
 * The test signer of emulator-helpers.ts must give the same answers, so the HTTP tests rest on it safely.
 */
import { describe, expect, it } from 'vitest'
import { baseUri, decodeForm, hmacSha1, NonceStore, parseBasic, parseOAuthHeader, percentEncode as rfc3986, sameSignature, signatureBaseString } from '../src/auth/oauth.js'
import { baseString, hmac, pct } from './emulator-helpers.js'

type Pairs = [string, string][]

/** Runs a vector through the emulator's code and through the test signer; both must give `expected`. */
function both(method: string, url: string, params: Pairs, secrets: [string, string?], expected: string): string {
  const u = new URL(url)
  const base = signatureBaseString(method, `${u.protocol}//${u.host}${u.pathname}`, [...u.searchParams, ...params])
  expect(hmacSha1(base, secrets[0], secrets[1])).toBe(expected)
  expect(baseString(method, url, params)).toBe(base)
  expect(hmac(baseString(method, url, params), secrets[0], secrets[1])).toBe(expected)
  return base
}

describe('3.1 Twitter "Creating a signature" (POST statuses/update)', () => {
  const params: Pairs = [
    ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
    ['include_entities', 'true'],
    ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
    ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', '1318622958'],
    ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
    ['oauth_version', '1.0'],
  ]
  const consumerSecret = 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw'
  const tokenSecret = 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE'

  it('builds the exact base string and gives hCtSmYh+iHYCEqBWrE7C7hYmtUk=', () => {
    const base = signatureBaseString('POST', 'https://api.twitter.com/1.1/statuses/update.json', params)
    expect(base).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    )
    const signature = hmacSha1(base, consumerSecret, tokenSecret)
    expect(signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
    expect(Buffer.from(signature, 'base64').toString('hex').toUpperCase()).toBe('842B5299887E88760212A056AC4EC2EE1626B549')
    expect(rfc3986(signature)).toBe('hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D')
  })

  it('the query parameter may come from the URL (the test signer agrees)', () => {
    both('POST', 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true', params.slice(0, 1).concat(params.slice(2)), [consumerSecret, tokenSecret], 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
  })

  it('depends on the host: api.x.com gives the docs.x.com value, and the v1.0 path its own', () => {
    expect(hmacSha1(signatureBaseString('POST', 'https://api.x.com/1.1/statuses/update.json', params), consumerSecret, tokenSecret)).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=')
    expect(hmacSha1(signatureBaseString('POST', 'https://api.twitter.com/1/statuses/update.json', params), consumerSecret, tokenSecret)).toBe('tnnArxj06cWHq44gCs1OSKk/jLY=')
  })

  it('parses the "Authorizing a request" header, percent-decoding its values', () => {
    const header =
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"'
    const parsed = parseOAuthHeader(header)!
    expect(parsed.size).toBe(7)
    expect(parsed.get('oauth_signature')).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
    expect(parsed.get('oauth_timestamp')).toBe('1318622958')
    expect(parseOAuthHeader('Bearer abc')).toBeUndefined()
    expect(parseOAuthHeader('OAuth oauth_nonce="a%ZZ"')).toBeUndefined()
    expect(parseOAuthHeader(undefined)).toBeUndefined()
  })
})

describe('3.2 percent-encoding', () => {
  it.each([
    ['Ladies + Gentlemen', 'Ladies%20%2B%20Gentlemen'],
    ['An encoded string!', 'An%20encoded%20string%21'],
    ['Dogs, Cats & Mice', 'Dogs%2C%20Cats%20%26%20Mice'],
    ['☃', '%E2%98%83'],
    ["-._~*'()", "-._~%2A%27%28%29"],
  ])('%s -> %s', (input, encoded) => {
    expect(rfc3986(input)).toBe(encoded)
    expect(pct(input)).toBe(encoded)
  })
})

describe('3.3 application-only Basic credentials', () => {
  it('parses the documented header', () => {
    expect(parseBasic('Basic eHZ6MWV2RlM0d0VFUFRHRUZQSEJvZzpMOHFxOVBaeVJnNmllS0dFS2hab2xHQzB2SldMdzhpRUo4OERSZHlPZw==')).toEqual({
      key: 'xvz1evFS4wEEPTGEFPHBog',
      secret: 'L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg',
    })
    expect(Buffer.from('xvz1evFS4wEEPTGEFPHBog:L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg').toString('base64')).toBe('eHZ6MWV2RlM0d0VFUFRHRUZQSEJvZzpMOHFxOVBaeVJnNmllS0dFS2hab2xHQzB2SldMdzhpRUo4OERSZHlPZw==')
  })
  it('refuses what is not Basic key:secret', () => {
    expect(parseBasic(undefined)).toBeUndefined()
    expect(parseBasic('Bearer AAAA')).toBeUndefined()
    expect(parseBasic(`Basic ${Buffer.from('no-colon').toString('base64')}`)).toBeUndefined()
  })
})

describe('3.4 older Twitter examples (oauth-sign test.js)', () => {
  it('request_token: callback signed, empty token secret', () => {
    both(
      'POST',
      'https://api.twitter.com/oauth/request_token',
      [
        ['oauth_callback', 'http://localhost:3005/the_dance/process_callback?service_provider_id=11'],
        ['oauth_consumer_key', 'GDdmIQH6jhtmLUypg82g'],
        ['oauth_nonce', 'QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk'],
        ['oauth_signature_method', 'HMAC-SHA1'],
        ['oauth_timestamp', '1272323042'],
        ['oauth_version', '1.0'],
      ],
      ['MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98'],
      '8wUi7m5HFQy76nowoCThusfgB+Q=',
    )
  })

  it('access_token: request token and verifier', () => {
    both(
      'POST',
      'https://api.twitter.com/oauth/access_token',
      [
        ['oauth_consumer_key', 'GDdmIQH6jhtmLUypg82g'],
        ['oauth_nonce', '9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8'],
        ['oauth_signature_method', 'HMAC-SHA1'],
        ['oauth_token', '8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc'],
        ['oauth_timestamp', '1272323047'],
        ['oauth_verifier', 'pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY'],
        ['oauth_version', '1.0'],
      ],
      ['MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98', 'x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA'],
      'PUw/dHA4fnlJYM6RhXk5IU/0fCc=',
    )
  })

  it('a non-ASCII status over http: (UTF-8 percent-encoded)', () => {
    const base = both(
      'POST',
      'http://api.twitter.com/1/statuses/update.json',
      [
        ['status', 'setting up my twitter 私のさえずりを設定する'],
        ['oauth_consumer_key', 'GDdmIQH6jhtmLUypg82g'],
        ['oauth_nonce', 'oElnnMTQIZvqvlfXM56aBLAf5noGD0AQR3Fmi7Q6Y'],
        ['oauth_signature_method', 'HMAC-SHA1'],
        ['oauth_token', '819797-Jxq8aYUDRmykzVKrgoLhXSq67TEa5ruc4GJC2rWimw'],
        ['oauth_timestamp', '1272325550'],
        ['oauth_version', '1.0'],
      ],
      ['MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98', 'J6zix3FfA9LofH0awS24M3HcBYXO5nI1iYe8EfBA'],
      'yOahq5m0YjDDjfjxHaXEsW9D+X0=',
    )
    expect(base).toContain('status%3Dsetting%2520up%2520my%2520twitter%2520%25E7%25A7%2581')
  })
})

describe('3.5 RFC 5849', () => {
  const client = { key: 'dpf43f3p2l4k3l03', secret: 'kd94hf93k423kf44' }
  const common = (timestamp: string, nonce: string): Pairs => [
    ['oauth_consumer_key', client.key],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', timestamp],
    ['oauth_nonce', nonce],
  ]

  it('temporary credentials (callback, no token secret)', () => {
    both('POST', 'https://photos.example.net/initiate', [...common('137131200', 'wIjqoS'), ['oauth_callback', 'http://printer.example.com/ready']], [client.secret], '74KNZJeDHnMBp0EMJ9ZHt/XKycU=')
  })

  it('token credentials (verifier, temporary token secret)', () => {
    both('POST', 'https://photos.example.net/token', [...common('137131201', 'walatlh'), ['oauth_token', 'hh5s93j4hdidpola'], ['oauth_verifier', 'hfdp7dh39dks9884']], [client.secret, 'hdhd0244k9j7ao03'], 'gKgrFCywp7rO0OXSjdot/IHF7IU=')
  })

  it('the protected resource, requested over http:', () => {
    const base = both('GET', 'http://photos.example.net/photos?file=vacation.jpg&size=original', [...common('137131202', 'chapoH'), ['oauth_token', 'nnch734d00sl2jdk']], [client.secret, 'pfkkdhi9sl3r4s00'], 'MdpQcU8iPSUjWoN/UDMsK2sui9I=')
    expect(base.startsWith('GET&http%3A%2F%2Fphotos.example.net%2Fphotos&')).toBe(true)
  })

  it('ignores realm in the Authorization header', () => {
    const parsed = parseOAuthHeader('OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"')!
    expect(parsed.get('realm')).toBe('Photos')
    expect(parsed.get('oauth_signature')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=')
  })

  it('3.4.1.1 normalisation: duplicate keys, empty values, "+" in a form body, double encoding', () => {
    const url = 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b'
    const form = decodeForm('c2&a3=2+q')
    expect(form).toEqual([['c2', ''], ['a3', '2 q']])
    expect(decodeForm('b5=%3D%253D&a3=a&c%40=&a2=r%20b')).toEqual([['b5', '=%3D'], ['a3', 'a'], ['c@', ''], ['a2', 'r b']])
    expect(baseUri('HTTP', 'Example.COM:80', '/request')).toBe('http://example.com/request')
    expect(baseUri('https', 'example.com:443', '/r')).toBe('https://example.com/r')
    expect(baseUri('http', '127.0.0.1:8787', '/1.1/x.json')).toBe('http://127.0.0.1:8787/1.1/x.json')
    const params: Pairs = [...form, ['oauth_consumer_key', '9djdj82h48djs9d2'], ['oauth_token', 'kkk9d7dh3k39sjv7'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131201'], ['oauth_nonce', '7d8f3e4a']]
    const base = both('POST', url, params, ['j49sk3j29djd', 'dh893hdasih9'], 'r6/TJjbCOr97/+UU0NsvSne7s5g=')
    expect(base).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    )
  })
})

describe('helpers', () => {
  it('sameSignature compares exactly, whatever the lengths', () => {
    expect(sameSignature('hCtSmYh+iHYCEqBWrE7C7hYmtUk=', 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=')).toBe(true)
    expect(sameSignature('hCtSmYh+iHYCEqBWrE7C7hYmtUk=', 'hCtSmYh+iHYCEqBWrE7C7hYmtUk')).toBe(false)
    expect(sameSignature('hCtSmYh+iHYCEqBWrE7C7hYmtUk=', 'xCtSmYh+iHYCEqBWrE7C7hYmtUk=')).toBe(false)
  })

  it('NonceStore accepts a (key, nonce, timestamp) triple once', () => {
    const store = new NonceStore(600)
    expect(store.use('ck', 'n1', 1000, 1000)).toBe(true)
    expect(store.use('ck', 'n1', 1000, 1000)).toBe(false)
    expect(store.use('ck', 'n1', 1001, 1001)).toBe(true)
    expect(store.use('other', 'n1', 1000, 1000)).toBe(true)
    store.clear()
    expect(store.use('ck', 'n1', 1000, 1000)).toBe(true)
  })
})
