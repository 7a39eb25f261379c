// generated from spec/v2/models/errors.yaml by @twython/generator: do not edit

/** A problem reported when the requested object may not be returned to this caller, for example because of its country or the app's access. */
export interface DisallowedResourceProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The id of the object the problem concerns (for example the tweet or user id). */
  resource_id?: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type?: string
  /** Where in the response the affected object would have been, `data` or `includes`. */
  section?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/disallowed-resource'
}

/** A problem reported when X could not fill in a requested field of an object, which comes back without it. */
export interface FieldHydrationFailureProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The field that could not be returned. */
  field: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type?: string
  /** Where in the response the affected object would have been, `data` or `includes`. */
  section?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/field-hydration-failure'
}

/** A problem reported when the caller may not see a requested field, such as private metrics of another user's tweet. */
export interface FieldUnauthorizedProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The field that could not be returned. */
  field: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type?: string
  /** Where in the response the affected object would have been, `data` or `includes`. */
  section?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/field-unauthorized'
}

/** A problem reported when X failed on its side; retrying later may help. */
export interface InternalErrorProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/internal-error'
}

/** A problem reported when the request itself is malformed: a missing or invalid parameter or body field. */
export interface InvalidRequestProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The request parameter the problem concerns. */
  parameter?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/invalid-request'
  /** The value of that parameter that caused the problem. */
  value?: string
}

/** A problem reported when the authenticated user may not see a requested field of an object. */
export interface NotAuthorizedForFieldProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The field that could not be returned. */
  field: string
  /** The request parameter the problem concerns. */
  parameter?: string
  /** The id of the object the problem concerns (for example the tweet or user id). */
  resource_id?: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type?: string
  /** Where in the response the affected object would have been, `data` or `includes`. */
  section?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/not-authorized-for-field'
  /** The value of that parameter that caused the problem. */
  value?: string
}

/** A problem reported when the authenticated user may not see a requested object, such as a protected user's tweet. */
export interface NotAuthorizedForResourceProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The request parameter the problem concerns. */
  parameter?: string
  /** The id of the object the problem concerns (for example the tweet or user id). */
  resource_id?: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type: string
  /** Where in the response the affected object would have been, `data` or `includes`. */
  section?: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/not-authorized-for-resource'
  /** The value of that parameter that caused the problem. */
  value?: string
}

/** One problem X reports, in the style of RFC 7807 (type, title, detail). A response can carry problems next to data, for example one per id that could not be looked up; tell the kinds apart by `type`. */
export type Problem = ResourceNotFoundProblem | InvalidRequestProblem | NotAuthorizedForResourceProblem | NotAuthorizedForFieldProblem | FieldUnauthorizedProblem | FieldHydrationFailureProblem | ResourceUnavailableProblem | DisallowedResourceProblem | InternalErrorProblem

/** A problem reported when a requested object does not exist, for example a deleted tweet or an unknown user id. */
export interface ResourceNotFoundProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The request parameter the problem concerns. */
  parameter?: string
  /** The id of the object the problem concerns (for example the tweet or user id). */
  resource_id?: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/resource-not-found'
  /** The value of that parameter that caused the problem. */
  value?: string
}

/** A problem reported when a requested object exists but cannot be shown now, such as a suspended account. */
export interface ResourceUnavailableProblem {
  /** A human-readable explanation of this occurrence of the problem. */
  detail: string
  /** The id of the object the problem concerns (for example the tweet or user id). */
  resource_id?: string
  /** The kind of object the problem concerns, such as `tweet` or `user`. */
  resource_type: string
  /** The HTTP status code that goes with the problem, when X gives one. */
  status?: number
  /** A short, fixed summary of the kind of problem. */
  title: string
  /** A URI naming the kind of problem, fixed for each kind (`https://api.x.com/2/problems/...`); switch on it rather than on the title. */
  type: 'https://api.x.com/2/problems/resource-unavailable'
}
