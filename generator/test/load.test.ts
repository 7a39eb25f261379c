import { describe, expect, it } from 'vitest'
import { SpecError } from '../src/load.js'
import { fixtureSources, load } from './helpers.js'

/** Loads the fixture spec with one file replaced, and returns the issues it reports. */
function issuesWith(file: string, text: string): string[] {
  const sources = fixtureSources()
  sources.set(file, text)
  try {
    load(sources)
  } catch (error) {
    if (error instanceof SpecError) return error.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`)
    throw error
  }
  return []
}

const base = (endpoint: string) => `family: statuses
title: Tweets
description: Fixture.
endpoints:
${endpoint}`

describe('spec validation', () => {
  it('accepts the fixture spec', () => {
    const spec = load(fixtureSources())
    expect(spec.families.map((f) => f.family)).toEqual(['statuses'])
    expect(spec.families[0]!.endpoints.map((e) => e.method)).toEqual(['showStatus', 'getUserTimeline'])
    expect(spec.models.map((m) => m.name)).toEqual(['Tweet', 'User'])
  })

  it('names the file, line and field of an unknown field', () => {
    const text = base(`  show_status:
    summary: Read one Tweet.
    http: GET statuses/show/:id
    docs: https://example.com/docs
    retuns: Tweet
    params:
      id: { type: id, required: true, description: The id. }
`)
    expect(issuesWith('spec/endpoints/statuses.yaml', text)).toEqual([
      'spec/endpoints/statuses.yaml:5:3: endpoints.show_status: missing required field "returns"',
      'spec/endpoints/statuses.yaml:9:5: endpoints.show_status: unknown field "retuns"',
    ])
  })

  it('reports a bad enum value at its line', () => {
    const text = base(`  show_status:
    summary: Read one Tweet.
    http: GET statuses/show/:id
    docs: https://example.com/docs
    params:
      id: { type: identifier, required: true, description: The id. }
    returns: Tweet
`)
    expect(issuesWith('spec/endpoints/statuses.yaml', text)).toEqual([
      'spec/endpoints/statuses.yaml:10:13: endpoints.show_status.params.id.type: must be one of "string", "integer", "number", "boolean", "id", "id[]", "string[]", "integer[]", "file", "json"',
    ])
  })

  it('reports a malformed http line, a placeholder without a parameter and an unknown model', () => {
    expect(issuesWith('spec/endpoints/statuses.yaml', base(`  show_status:
    summary: Read one Tweet.
    http: PUT statuses/show
    docs: https://example.com/docs
    params: {}
    returns: Tweet
`))).toEqual(['spec/endpoints/statuses.yaml:7:5: endpoints.show_status.http: "PUT statuses/show" does not match ^(GET|POST|DELETE) [a-z0-9_/:]+$'])
    expect(issuesWith('spec/endpoints/statuses.yaml', base(`  show_status:
    summary: Read one Tweet.
    http: GET statuses/show/:id
    docs: https://example.com/docs
    params: {}
    returns: Twet
`))).toEqual([
      'spec/endpoints/statuses.yaml:7:5: path placeholder ":id" has no parameter "id"',
      'spec/endpoints/statuses.yaml:10:5: unknown model "Twet" in returns "Twet"',
    ])
  })

  it('requires path parameters to be required and cursor pagination to name its items', () => {
    expect(issuesWith('spec/endpoints/statuses.yaml', base(`  show_status:
    summary: Read one Tweet.
    http: GET statuses/show/:id
    docs: https://example.com/docs
    paginate: { style: cursor }
    params:
      id: { type: id, description: The id. }
    returns: Tweet
`))).toEqual([
      'spec/endpoints/statuses.yaml:9:5: paginate style cursor needs "items"',
      'spec/endpoints/statuses.yaml:11:11: path parameter "id" must be required: true',
    ])
  })

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(issuesWith('spec/models/users.yaml', 'models:\n  User:\n    description: [unclosed\n')).toContain('spec/models/users.yaml:4:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]')
    expect(issuesWith('spec/models/users.yaml', 'models:\n  User:\n    description: A.\n    description: B.\n    properties: {}\n').some((i) => /^spec\/models\/users\.yaml:4:5: YAML: Map keys must be unique/.test(i))).toBe(true)
  })

  it('reports model problems: unknown referenced model, bad type expression, duplicate across files', () => {
    expect(issuesWith('spec/models/users.yaml', 'models:\n  User:\n    description: A user.\n    properties:\n      pinned: { type: Twet }\n      bad: { type: "map<" }\n')).toEqual([
      'spec/models/users.yaml:5:17: unknown model "Twet" in type "Twet"',
      'spec/models/users.yaml:6:14: malformed type expression "map<": expected string, integer, number, boolean, unknown, a model name, X[], map<X> or A | B',
    ])
    expect(issuesWith('spec/models/users.yaml', 'models:\n  User:\n    description: A.\n    properties: {}\n  Tweet:\n    description: Again.\n    properties: {}\n')).toEqual(['spec/models/users.yaml:5:3: model "Tweet" is also defined in spec/models/tweets.yaml'])
  })

  it('checks that family matches its file name and that example keys are parameters', () => {
    const text = `family: tweets\ntitle: T\ndescription: D.\nendpoints:\n  show_status:\n    summary: S.\n    http: GET statuses/show/:id\n    docs: https://example.com/d\n    example: { idd: '1' }\n    params:\n      id: { type: id, required: true, description: The id. }\n    returns: Tweet\n`
    expect(issuesWith('spec/endpoints/statuses.yaml', text)).toEqual([
      'spec/endpoints/statuses.yaml:1:1: family "tweets" must match the file name "statuses"',
      'spec/endpoints/statuses.yaml:9:16: example names unknown parameter "idd"',
    ])
  })
})
