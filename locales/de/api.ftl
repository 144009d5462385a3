# The JSON API under /api: explanations in problem details (RFC 9457).
# Parameter names stay as they are in the URL, so a developer can find them.

api-error-unauthorized-title = Anmeldung mit API-Token erforderlich
api-error-token-missing = Die Anfrage enthält kein API-Token. Senden Sie das Token im Header „Authorization: Bearer <Token>“. Ein Token erstellen Sie auf Ihrer Kontoseite.
api-error-token-invalid = Das API-Token ist unbekannt oder wurde widerrufen. Erstellen Sie auf Ihrer Kontoseite ein neues Token.
api-error-method-title = Methode nicht erlaubt
api-error-method-text = Diese Adresse unterstützt die verwendete HTTP-Methode nicht. Welche Methoden erlaubt sind, steht im Header „Allow“.
api-error-query = Die Parameter der Adresse (nach dem „?“) konnten nicht gelesen werden.
api-error-duplicate-parameter = Ein Parameter der Adresse kommt mehrfach vor. Geben Sie jeden Parameter höchstens einmal an.
api-error-type = Der Parameter „type“ muss landkreis, kreisfreie_stadt oder kreisangehoerige_gemeinde sein.
api-error-land = Der Parameter „land“ muss ein Land nennen: mit seinem Kürzel (zum Beispiel BY, NW, BB) oder der zweistelligen Kennzahl des Gemeindeschlüssels (01 bis 16).
api-error-q-too-long = Der Parameter „q“ darf höchstens 100 Zeichen lang sein.
api-error-page = Der Parameter „page“ muss eine ganze Zahl ab 1 sein.
api-error-per-page = Der Parameter „per_page“ muss eine ganze Zahl von 1 bis 200 sein.
api-error-json-content-type = Der Inhalt der Anfrage muss JSON sein. Senden Sie ihn mit dem Header „Content-Type: application/json“.
api-error-json-syntax = Der Inhalt der Anfrage ist kein gültiges JSON.
api-error-json-data = Der JSON-Inhalt der Anfrage passt nicht zum erwarteten Schema: Ein Feld fehlt oder hat einen falschen Typ. Das Schema steht in /api/openapi.json.
api-error-json-body = Der Inhalt der Anfrage konnte nicht gelesen werden, zum Beispiel weil er zu groß ist.
