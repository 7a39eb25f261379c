import { describe, expect, it } from 'vitest'
import { oauth1Header, oauth1Params, createNonce, signatureBaseUrl } from '../src/oauth1.js'
import { percentEncode } from '../src/encode.js'

// Twitter's "Creating a signature" worked example (REFERENCES.md 3.1), on the api.twitter.com base URL.
const twitterExample = {
  credentials: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  request: {
    method: 'POST',
    url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
    bodyParams: [['status', 'Hello Ladies + Gentlemen, a signed OAuth request!']] as [string, string][],
    nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
    timestamp: '1318622958',
  },
}

describe('OAuth 1.0a signing', () => {
  it("matches Twitter's published signature for POST statuses/update", () => {
    const params = oauth1Params(twitterExample.credentials, twitterExample.request)
    expect(params.oauth_signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
  })

  it('builds the Authorization header in Twitter’s format', () => {
    expect(oauth1Header(twitterExample.credentials, twitterExample.request)).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
    )
  })

  it('signs the request_token step with the callback and an empty token secret (oauth-sign test vector)', () => {
    const params = oauth1Params(
      { consumerKey: 'GDdmIQH6jhtmLUypg82g', consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98' },
      {
        method: 'POST',
        url: 'https://api.twitter.com/oauth/request_token',
        nonce: 'QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk',
        timestamp: '1272323042',
        extraOAuthParams: { oauth_callback: 'http://localhost:3005/the_dance/process_callback?service_provider_id=11' },
      },
    )
    expect(params.oauth_signature).toBe('8wUi7m5HFQy76nowoCThusfgB+Q=')
  })

  it('signs the access_token step with the verifier', () => {
    const params = oauth1Params(
      { consumerKey: 'GDdmIQH6jhtmLUypg82g', consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98', token: '8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc', tokenSecret: 'x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA' },
      { method: 'POST', url: 'https://api.twitter.com/oauth/access_token', nonce: '9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8', timestamp: '1272323047', extraOAuthParams: { oauth_verifier: 'pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY' } },
    )
    expect(params.oauth_signature).toBe('PUw/dHA4fnlJYM6RhXk5IU/0fCc=')
  })

  it('encodes non-ASCII parameters as UTF-8 (oauth-sign test vector)', () => {
    const params = oauth1Params(
      { consumerKey: 'GDdmIQH6jhtmLUypg82g', consumerSecret: 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98', token: '819797-Jxq8aYUDRmykzVKrgoLhXSq67TEa5ruc4GJC2rWimw', tokenSecret: 'J6zix3FfA9LofH0awS24M3HcBYXO5nI1iYe8EfBA' },
      { method: 'POST', url: 'http://api.twitter.com/1/statuses/update.json', bodyParams: [['status', 'setting up my twitter 私のさえずりを設定する']], nonce: 'oElnnMTQIZvqvlfXM56aBLAf5noGD0AQR3Fmi7Q6Y', timestamp: '1272325550' },
    )
    expect(params.oauth_signature).toBe('yOahq5m0YjDDjfjxHaXEsW9D+X0=')
  })

  it('uses fresh random nonces', () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce))
    expect(nonces.size).toBe(200)
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9]{32,}$/)
  })

  it('normalises the base URL: lower-case host, default port dropped, query and fragment removed', () => {
    expect(signatureBaseUrl(new URL('HTTPS://API.Twitter.com:443/1.1/x.json?a=1#f'))).toBe('https://api.twitter.com/1.1/x.json')
    expect(signatureBaseUrl(new URL('http://127.0.0.1:8787/1.1/x.json'))).toBe('http://127.0.0.1:8787/1.1/x.json')
  })
})

describe('percent-encoding', () => {
  it.each([
    ['Ladies + Gentlemen', 'Ladies%20%2B%20Gentlemen'],
    ['An encoded string!', 'An%20encoded%20string%21'],
    ['Dogs, Cats & Mice', 'Dogs%2C%20Cats%20%26%20Mice'],
    ['☃', '%E2%98%83'],
    ["*'()", '%2A%27%28%29'],
  ])('encodes %j as Twitter documents', (input, output) => {
    expect(percentEncode(input)).toBe(output)
  })
})
