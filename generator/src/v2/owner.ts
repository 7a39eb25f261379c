/** Which operation a model is named after, shared by the importer and the loader. */

/** The method a model is named after (`CreateTweetReply` -> `createTweet`), if any: the longest method stem that prefixes it at a word boundary. */
export function operationOwner(model: string, methods: Iterable<string>): string | undefined {
  let best: string | undefined
  for (const method of methods) {
    const stem = method.charAt(0).toUpperCase() + method.slice(1)
    if (model.startsWith(stem) && (model.length === stem.length || /[A-Z0-9]/.test(model.charAt(stem.length))) && (!best || stem.length > best.length)) best = method
  }
  return best
}
