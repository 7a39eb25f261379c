/**
 * Properties of v2 pagination and of the search query language, with fast-check: walking a newest-first
 * list by `next_token` yields every item that existed when the walk began exactly once, in order, whatever
 * the page size and however many newer items arrive mid-walk; `previous_token` leads back to the page
 * before; and `A OR B`, `A B`, `-A` mean union, intersection and complement.
 */
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { State } from '../../src/state/state.js'
import { paginate } from '../../src/v2/paginate.js'
import { compileQuery } from '../../src/v2/query.js'

const page = (maxResults: number, token?: string) => ({ maxResults, token, tokenParam: 'pagination_token' })
const byId = (a: bigint, b: bigint) => (a < b ? 1 : a > b ? -1 : 0)

test('next_token walks every item once, in order, while newer items arrive', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.bigInt({ min: 1n, max: 2n ** 62n }), { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }), (ids, size, arrivals) => {
      let items = [...ids].sort(byId)
      const initial = items.map(String)
      let next = 2n ** 62n + 1n
      const seen: string[] = []
      let token: string | undefined
      let step = 0
      do {
        const result = paginate(items, (i) => i.toString(), page(size, token), '2.167')
        seen.push(...result.items.map(String))
        token = result.next
        // Newer items arrive between pages (ids grow with time, as snowflakes do).
        for (let k = 0; k < (arrivals[step++] ?? 0); k++) items = [next++, ...items]
      } while (token)
      expect(seen).toEqual(initial)
    }),
  )
})

test('previous_token leads back to the page before', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.bigInt({ min: 1n, max: 2n ** 62n }), { minLength: 2, maxLength: 50 }), fc.integer({ min: 1, max: 10 }), (ids, size) => {
      const items = [...ids].sort(byId)
      const first = paginate(items, (i) => i.toString(), page(size), '2.167')
      if (!first.next) return
      const second = paginate(items, (i) => i.toString(), page(size, first.next), '2.167')
      expect(second.previous).toBeDefined()
      const back = paginate(items, (i) => i.toString(), page(size, second.previous), '2.167')
      expect(back.items).toEqual(first.items)
    }),
  )
})

test('OR is union, juxtaposition is intersection, - is complement, parentheses group', () => {
  const state = new State(() => Date.UTC(2026, 0, 1))
  const author = state.addUser({ screen_name: 'prop_user' }).id.toString()
  const words = ['alpha', 'beta', 'gamma', 'delta']
  fc.assert(
    fc.property(fc.array(fc.subarray(words, { minLength: 1 }), { minLength: 1, maxLength: 12 }), fc.constantFrom(...words), fc.constantFrom(...words), fc.constantFrom(...words), (texts, a, b, c) => {
      state.tweets.clear()
      const posts = texts.map((t, i) => state.postTweet(author, `${t.join(' ')} n${i}`))
      const has = (w: string) => (p: (typeof posts)[number]) => p.text.split(' ').includes(w)
      const run = (q: string) => posts.filter(compileQuery(state, q))
      expect(run(`${a} OR ${b}`)).toEqual(posts.filter((p) => has(a)(p) || has(b)(p)))
      expect(run(`${a} ${b}`)).toEqual(posts.filter((p) => has(a)(p) && has(b)(p)))
      expect(run(`${a} -${b}`)).toEqual(posts.filter((p) => has(a)(p) && !has(b)(p)))
      expect(run(`(${a} OR ${b}) ${c}`)).toEqual(posts.filter((p) => (has(a)(p) || has(b)(p)) && has(c)(p)))
      expect(run(`${c} -(${a} OR ${b})`)).toEqual(posts.filter((p) => has(c)(p) && !(has(a)(p) || has(b)(p))))
    }),
  )
})
