// Swagger UI for /docs, started from this file rather than an inline script so that the
// app's content security policy (script-src 'self') holds here too. No validator badge:
// it would send the schema to a server elsewhere.
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
  layout: "BaseLayout",
  presets: [SwaggerUIBundle.presets.apis],
});
