export { OAuth2Service, verifyOAuth2Bearer, pkceMatches, OAUTH2_SCOPES, type OAuth2Options, type OAuth2ClientRecord, type OAuth2Answer, type AuthorizationDecision, type OAuth2BearerVerdict, type OAuth2Counters } from './service.js'
export { handleOAuth2Page, handleOAuth2Api, isOAuth2ApiPath, AUTHORIZE_PATH } from './http.js'
