# The JSON API under /api: explanations in problem details (RFC 9457).
# Parameter names stay as they are in the URL, so a developer can find them.

api-error-unauthorized-title = An API token is required
api-error-token-missing = The request contains no API token. Send the token in the header "Authorization: Bearer <token>". You can create a token on your account page.
api-error-token-invalid = The API token is unknown or has been revoked. Create a new token on your account page.
api-error-method-title = Method not allowed
api-error-method-text = This address does not support the HTTP method used. The header "Allow" lists the methods that are allowed.
api-error-query = The parameters of the address (after the "?") could not be read.
api-error-duplicate-parameter = A parameter of the address occurs more than once. Give each parameter at most once.
api-error-type = The parameter "type" must be landkreis, kreisfreie_stadt or kreisangehoerige_gemeinde.
api-error-land = The parameter "land" must name a federal state: by its abbreviation (for example BY, NW, BB) or by the two-digit prefix of the municipality key (01 to 16).
api-error-q-too-long = The parameter "q" may be at most 100 characters long.
api-error-page = The parameter "page" must be a whole number from 1.
api-error-per-page = The parameter "per_page" must be a whole number from 1 to 200.
api-error-json-content-type = The request body must be JSON. Send it with the header "Content-Type: application/json".
api-error-json-syntax = The request body is not valid JSON.
api-error-json-data = The JSON body of the request does not match the expected schema: a field is missing or has the wrong type. The schema is in /api/openapi.json.
api-error-json-body = The request body could not be read, for example because it is too large.
